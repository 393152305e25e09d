package org.parkchain.ledger.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeKeyPinsTest {
    static final String OWN = "a".repeat(64);
    static final String OLD = "0123456789abcdef".repeat(4);

    @Test
    void theKeyStoresKeyIsAlwaysTrustedAndPinsAreReadAsOpenSslPrintsThem() {
        assertEquals(Set.of(OWN), NodeKeyPins.parse(" ", OWN));
        String colons = OLD.toUpperCase().replaceAll("(..)(?!$)", "$1:");
        assertEquals(Set.of(OWN, OLD), NodeKeyPins.parse(colons + ",\n", OWN));
    }

    @Test
    void refusesSomethingThatIsNotAFingerprint() {
        assertThrows(IllegalArgumentException.class, () -> NodeKeyPins.parse("abc", OWN));
    }
}
