package org.parkchain.ledger.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;

class CanonicalJsonTest {
    @Test
    void sortsKeysAtEveryLevelWithoutWhiteSpace() {
        var value = Json.createObjectBuilder().add("b", 1).add("a", Json.createObjectBuilder().add("z", true)
                .add("y", Json.createArrayBuilder().add(Json.createObjectBuilder().add("d", "x").add("c", "y"))))
                .addNull("A").build();
        assertEquals("{\"A\":null,\"a\":{\"y\":[{\"c\":\"y\",\"d\":\"x\"}],\"z\":true},\"b\":1}",
                CanonicalJson.write(value));
    }

    @Test
    void keepsChineseAsUtf8AndEscapesQuotes() {
        var value = Json.createObjectBuilder().add("name", "金桥 \"park\"").build();
        assertEquals("{\"name\":\"金桥 \\\"park\\\"\"}", CanonicalJson.write(value));
        assertEquals(26, CanonicalJson.bytes(value).length); // 金 and 桥 are 3 bytes each
    }

    @Test
    void decimalsHaveOneSpelling() {
        assertEquals("12.5", CanonicalJson.decimal(new BigDecimal("12.500")));
        assertEquals("0", CanonicalJson.decimal(new BigDecimal("0.000")));
        assertEquals("1000", CanonicalJson.decimal(new BigDecimal("1E+3")));
        assertEquals("-3.25", CanonicalJson.decimal(new BigDecimal("-3.250")));
    }

    @Test
    void instantsAreUtcWithMicroseconds() {
        assertEquals("2026-01-02T03:04:05.000000Z", CanonicalJson.instant(Instant.parse("2026-01-02T03:04:05Z")));
        assertEquals("2026-01-02T03:04:05.123456Z",
                CanonicalJson.instant(Instant.parse("2026-01-02T03:04:05.123456789Z")));
    }
}
