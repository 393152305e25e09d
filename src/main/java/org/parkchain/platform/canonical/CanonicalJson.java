package org.parkchain.platform.canonical;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Canonical JSON: object members sorted by key (UTF-16 code unit order, as RFC 8785), no insignificant white space,
 * UTF-8. Numbers are written as integers by convention: callers put decimals and times into strings (see
 * {@link #decimal} and {@link #instant}), so one value always has one spelling and one hash.
 */
public final class CanonicalJson {
    /**
     * One JSON-P provider for all ledger code: {@code Json.createXxx} looks the provider up through the service loader
     * on every call, which cost more than the hashing itself when a batch of 500 entries was built.
     */
    public static final JsonProvider JSON = JsonProvider.provider();
    private static final java.time.format.DateTimeFormatter INSTANT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private CanonicalJson() {
    }

    /**
     * Writes the value with every object's members in key order, straight to a generator: no sorted copy of the tree
     * is built (that copy once cost more than the writing, for a batch of 500 entries as for a page of figures).
     */
    public static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, value);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                String[] keys = object.keySet().toArray(new String[0]);
                Arrays.sort(keys);
                g.writeStartObject();
                for (String key : keys) {
                    g.writeKey(key);
                    write(g, object.get(key));
                }
                g.writeEnd();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonValue v : value.asJsonArray()) {
                    write(g, v);
                }
                g.writeEnd();
            }
            default -> g.write(value);
        }
    }

    public static byte[] bytes(JsonValue value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    public static JsonObject parseObject(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static JsonArray parseArray(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    public static JsonObject parseObject(byte[] json) {
        return parseObject(new String(json, StandardCharsets.UTF_8));
    }

    /** A decimal written without exponent and without trailing zeros, e.g. {@code 12.5}, {@code 0}, {@code -3.25}. */
    public static String decimal(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    /** A double written as its shortest decimal, without exponent and trailing zeros, e.g. {@code 0.592}. */
    public static String decimal(double value) {
        return decimal(java.math.BigDecimal.valueOf(value));
    }

    /** An instant in UTC with exactly six fraction digits (PostgreSQL keeps microseconds), e.g. 2026-01-02T03:04:05.000000Z. */
    public static String instant(java.time.Instant value) {
        return INSTANT.format(value.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    /** Adds {@code value.toString()}, or JSON null when the value is null. */
    public static JsonObjectBuilder addNullable(JsonObjectBuilder builder, String name, Object value) {
        return value == null ? builder.addNull(name) : builder.add(name, value.toString());
    }
}
