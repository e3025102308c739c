package org.equalify.eqpdf.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Typed, read-only access to one parsed JSON object of a response. Unknown fields are ignored; a known
 * field of the wrong type, or a required one that is absent or null, is a {@link MalformedResponseException}
 * naming the field.
 */
final class JsonObject {

    private final Map<String, Object> fields;
    private final String path;

    JsonObject(Map<String, Object> fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    /** Parses a response body that must be a JSON object. */
    static JsonObject parse(String body, String what) {
        try {
            return new JsonObject(Json.parseObject(body), what);
        } catch (Json.JsonException e) {
            throw new MalformedResponseException(what + " is not a valid JSON object: " + e.getMessage(), e);
        }
    }

    boolean has(String name) {
        return fields.get(name) != null;
    }

    String requiredString(String name) {
        String s = optionalString(name);
        if (s == null) {
            throw missing(name);
        }
        return s;
    }

    String optionalString(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String)) {
            throw wrongType(name, "a string");
        }
        return (String) v;
    }

    BigDecimal optionalNumber(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof BigDecimal)) {
            throw wrongType(name, "a number");
        }
        return (BigDecimal) v;
    }

    Double optionalDouble(String name) {
        BigDecimal n = optionalNumber(name);
        return n == null ? null : n.doubleValue();
    }

    Integer optionalInt(String name) {
        BigDecimal n = optionalNumber(name);
        if (n == null) {
            return null;
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(name, "an integer");
        }
    }

    Long optionalLong(String name) {
        BigDecimal n = optionalNumber(name);
        if (n == null) {
            return null;
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(name, "an integer");
        }
    }

    boolean booleanOr(String name, boolean fallback) {
        Object v = fields.get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean)) {
            throw wrongType(name, "a boolean");
        }
        return (Boolean) v;
    }

    Instant optionalInstant(String name) {
        String s = optionalString(name);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException(path + "." + name + " is not an ISO-8601 instant: " + s, e);
        }
    }

    @SuppressWarnings("unchecked")
    JsonObject optionalObject(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw wrongType(name, "an object");
        }
        return new JsonObject((Map<String, Object>) v, path + "." + name);
    }

    /** The array's objects; an absent or null array reads as empty. */
    @SuppressWarnings("unchecked")
    List<JsonObject> objectArray(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return Collections.emptyList();
        }
        if (!(v instanceof List)) {
            throw wrongType(name, "an array");
        }
        List<Object> items = (List<Object>) v;
        List<JsonObject> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof Map)) {
                throw new MalformedResponseException(path + "." + name + "[" + i + "] is not an object");
            }
            out.add(new JsonObject((Map<String, Object>) item, path + "." + name + "[" + i + "]"));
        }
        return Collections.unmodifiableList(out);
    }

    private MalformedResponseException missing(String name) {
        return new MalformedResponseException(path + " has no \"" + name + "\"");
    }

    private MalformedResponseException wrongType(String name, String expected) {
        return new MalformedResponseException(path + "." + name + " is not " + expected);
    }
}
