package org.parkchain.platform.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Canonical JSON: keys in UTF-16 order at every level, no white space, one spelling per value. */
class CanonicalJsonTest {
    private static final jakarta.json.spi.JsonProvider JSON = CanonicalJson.JSON;

    @Test
    void sortsMembersAtEveryLevelAndWritesNoWhiteSpace() {
        JsonValue v = JSON.createObjectBuilder().add("z", 1).add("a", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("y", "2").add("b", JsonValue.NULL)).add(true))
                .add("M", JSON.createObjectBuilder()).build();
        assertEquals("{\"M\":{},\"a\":[{\"b\":null,\"y\":\"2\"},true],\"z\":1}", CanonicalJson.write(v));
    }

    @Test
    void ordersKeysByUtf16CodeUnitsAndEscapesAsJsonP() {
        // U+00E9 sorts before U+FB01, which sorts after a surrogate pair (U+1F600 starts with 0xD83D): UTF-16 order
        JsonValue v = JSON.createObjectBuilder().add("\uFB01", "x").add("\u00E9", "tab\there \"q\" \\ \u0001")
                .add("\uD83D\uDE00", "\u4E2D").build();
        assertEquals("{\"\u00E9\":\"tab\\there \\\"q\\\" \\\\ \\u0001\",\"\uD83D\uDE00\":\"\u4E2D\",\"\uFB01\":\"x\"}",
                CanonicalJson.write(v));
    }

    @Test
    void writesDecimalsAndInstantsOneWay() {
        assertEquals("12.5", CanonicalJson.decimal(new BigDecimal("12.500")));
        assertEquals("0", CanonicalJson.decimal(new BigDecimal("0.000")));
        assertEquals("0.592", CanonicalJson.decimal(0.592));
        assertEquals("2026-01-02T03:04:05.000007Z", CanonicalJson.instant(Instant.parse("2026-01-02T03:04:05.000007891Z")));
    }

    /** Writing straight to a generator gives exactly what writing a sorted copy of the tree gave (the old way). */
    @Property(tries = 300)
    void writesWhatASortedCopyWouldGive(@ForAll("values") JsonValue value) {
        assertEquals(sortedCopy(value), CanonicalJson.write(value));
        assertEquals(value, CanonicalJson.parseObject("{\"v\":" + CanonicalJson.write(value) + "}").get("v"));
    }

    @Provide
    Arbitrary<JsonValue> values() {
        return Arbitraries.recursive(this::leaf, inner -> Arbitraries.oneOf(objects(inner), arrays(inner)), 0, 3);
    }

    private Arbitrary<JsonValue> leaf() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(JSON::createValue),
                Arbitraries.longs().map(JSON::createValue), Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE,
                        JsonValue.NULL));
    }

    private static Arbitrary<JsonValue> objects(Arbitrary<JsonValue> members) {
        return Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), members).ofMaxSize(5).map(m -> {
            JsonObjectBuilder b = JSON.createObjectBuilder();
            m.forEach(b::add);
            return b.build();
        });
    }

    private static Arbitrary<JsonValue> arrays(Arbitrary<JsonValue> elements) {
        return elements.list().ofMaxSize(4).map(l -> {
            JsonArrayBuilder b = JSON.createArrayBuilder();
            l.forEach(b::add);
            return b.build();
        });
    }

    private static String sortedCopy(JsonValue value) {
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriter(out)) {
            writer.write(sorted(value));
        }
        return out.toString();
    }

    private static JsonValue sorted(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, JsonValue> members = new TreeMap<>(value.asJsonObject());
                JsonObjectBuilder b = JSON.createObjectBuilder();
                members.forEach((k, v) -> b.add(k, sorted(v)));
                return b.build();
            }
            case ARRAY -> {
                JsonArrayBuilder b = JSON.createArrayBuilder();
                for (JsonValue v : (JsonArray) value) {
                    b.add(sorted(v));
                }
                return b.build();
            }
            default -> {
                return value;
            }
        }
    }
}
