package org.equalify.eqpdf.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {

    @Test
    void readsAllValueKinds() {
        Map<String, Object> m = Json.parseObject(
                " {\"s\":\"x\",\"i\":-12,\"d\":0.5e2,\"t\":true,\"f\":false,\"n\":null,\"a\":[1,[],{}],\"o\":{\"k\":\"v\"}} ");
        assertEquals("x", m.get("s"));
        assertEquals(new BigDecimal("-12"), m.get("i"));
        assertEquals(0, new BigDecimal("50").compareTo((BigDecimal) m.get("d")));
        assertEquals(Boolean.TRUE, m.get("t"));
        assertEquals(Boolean.FALSE, m.get("f"));
        assertTrue(m.containsKey("n"));
        assertNull(m.get("n"));
        assertEquals(Arrays.asList(new BigDecimal("1"), List.of(), Map.of()), m.get("a"));
        assertEquals(Map.of("k", "v"), m.get("o"));
    }

    @Test
    void keepsKeyOrderAndIsUnmodifiable() {
        Map<String, Object> m = Json.parseObject("{\"b\":1,\"a\":2}");
        assertEquals(List.of("b", "a"), List.copyOf(m.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> m.put("c", 3));
    }

    @Test
    void decodesEscapesAndSurrogatePairs() {
        assertEquals("\"\\/\b\f\n\r\t\u00e9\uD83D\uDE00", Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\ud83d\\ude00\""));
        assertEquals("caf\u00e9 \uD83D\uDE00", Json.parse("\"caf\u00e9 \uD83D\uDE00\""));
    }

    @Test
    void readsLargeAndPreciseNumbersExactly() {
        assertEquals(new BigDecimal("12345678901234567890.000000000000000001"),
                Json.parse("12345678901234567890.000000000000000001"));
        assertEquals(new BigDecimal("-0"), Json.parse("-0"));
        assertEquals(new BigDecimal("1E+400"), Json.parse("1e400"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "{", "}", "[1,]", "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "{a:1}", "{'a':1}", "'x'",
        "01", "-", "1.", ".5", "1e", "+1", "NaN", "Infinity", "0x10", "tru", "nul", "True",
        "\"abc", "\"a\u0001b\"", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", "{\"a\":1}x", "[1]]", "// c\n1",
        "{\"a\":1,\"a\":2}", "[1]\u0000", "\u00a01"
    })
    void rejectsMalformedText(String text) {
        assertThrows(Json.JsonException.class, () -> Json.parse(text));
    }

    @Test
    void rejectsDeepNesting() {
        String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        Json.parse(ok);
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse(deep));
        assertTrue(e.getMessage().contains("nesting"));
    }

    @Test
    void errorsSayWhere() {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\":[1,2,]}"));
        assertEquals(10, e.offset());
    }

    @Test
    void parseObjectRequiresAnObject() {
        assertThrows(Json.JsonException.class, () -> Json.parseObject("[1]"));
        assertThrows(Json.JsonException.class, () -> Json.parseObject(null));
    }

    @Test
    void writesAndEscapes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", "approve");
        m.put("justification", "line1\nline2 \"quoted\" \\ \u0001 \u2028 caf\u00e9");
        m.put("n", 3);
        m.put("d", 0.25);
        m.put("b", true);
        m.put("z", null);
        m.put("list", List.of(1, "two"));
        String json = Json.write(m);
        assertEquals("{\"decision\":\"approve\",\"justification\":\"line1\\nline2 \\\"quoted\\\" \\\\ \\u0001 \\u2028 caf\u00e9\","
                + "\"n\":3,\"d\":0.25,\"b\":true,\"z\":null,\"list\":[1,\"two\"]}", json);
    }

    @Test
    void escapesLoneSurrogatesButNotPairs() {
        assertEquals("\"\\ud800x\uD83D\uDE00\\udc00\"", Json.write("\ud800x\uD83D\uDE00\udc00"));
        assertEquals("\ud800x\uD83D\uDE00\udc00", Json.parse(Json.write("\ud800x\uD83D\uDE00\udc00")));
    }

    @Test
    void roundTrips() {
        String text = "{\"a\":\"\\u0000\\t\uD83D\uDE00\",\"b\":[true,false,null,-1.5E-7],\"c\":{}}";
        Object parsed = Json.parse(text);
        assertEquals(parsed, Json.parse(Json.write(parsed)));
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "x")));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
