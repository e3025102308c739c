package org.equalify.eqpdf.server.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service refuses to start with default secrets or open CORS outside development mode. */
class ServiceConfigTest {
    private static final Map<String, String> SAFE = Map.of("eqpdf.api-keys", "a-real-key-4f9c2e", "eqpdf.admin.password", "s3cret-admin-pw");

    @Test
    void safeSettingsStart() {
        assertDoesNotThrow(() -> config(SAFE).validate());
    }

    @Test
    void noApiKeyNeverStarts() {
        assertTrue(assertThrows(IllegalStateException.class, () -> config(Map.of("eqpdf.admin.password", "x1")).validate())
                .getMessage().contains("no API key"));
    }

    @Test
    void defaultSecretsAndOpenCorsAreRefusedOutsideDevelopmentMode() {
        for (Map.Entry<String, String> unsafe : Map.of(
                "eqpdf.api-keys", ServiceConfig.DEV_API_KEY,
                "eqpdf.admin.password", "",
                "eqpdf.cors.allowed-origins", "*").entrySet()) {
            Map<String, String> m = new HashMap<>(SAFE);
            m.put(unsafe.getKey(), unsafe.getValue());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> config(m).validate(), unsafe.getKey());
            assertTrue(e.getMessage().startsWith("refusing to start outside development mode"), e.getMessage());
            m.put("eqpdf.dev-mode", "true");
            assertDoesNotThrow(() -> config(m).validate(), "development mode accepts " + unsafe.getKey());
        }
    }

    @Test
    void corsIsClosedByDefault() {
        assertEquals(java.util.List.of(), config(SAFE).corsOrigins());
    }

    @Test
    void developmentModeWithoutKeysUsesTheDevelopmentKey() {
        ServiceConfig dev = config(Map.of("eqpdf.dev-mode", "true"));
        assertDoesNotThrow(dev::validate);
        assertEquals(1, dev.apiKeyHashes().size());
    }

    private static ServiceConfig config(Map<String, String> values) {
        ServiceConfig c = new ServiceConfig();
        c.config = new MapConfig(values);
        return c;
    }

    /** MicroProfile Config over a map: the properties a server would read from its environment. */
    private record MapConfig(Map<String, String> values) implements Config {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String v = values.get(name);
            if (v == null) return Optional.empty();
            if (type == String.class) return Optional.of((T) v);
            if (type == Boolean.class) return Optional.of((T) Boolean.valueOf(v));
            if (type == Integer.class) return Optional.of((T) Integer.valueOf(v));
            if (type == Long.class) return Optional.of((T) Long.valueOf(v));
            throw new IllegalArgumentException(type.getName());
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new java.util.NoSuchElementException(name));
        }

        @Override public ConfigValue getConfigValue(String name) { throw new UnsupportedOperationException(); }
        @Override public Iterable<String> getPropertyNames() { return values.keySet(); }
        @Override public Iterable<ConfigSource> getConfigSources() { return java.util.List.of(); }
        @Override public <T> Optional<Converter<T>> getConverter(Class<T> forType) { return Optional.empty(); }
        @Override public <T> T unwrap(Class<T> type) { throw new UnsupportedOperationException(); }
    }
}
