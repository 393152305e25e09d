package org.parkchain.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedMspsTest {
    @Test
    void defaultsToTheParkChainMspWhenUnsetOrBlank() {
        assertEquals(Set.of("ParkChainMSP"), TrustedMsps.parse(null));
        assertEquals(Set.of("ParkChainMSP"), TrustedMsps.parse("  "));
    }

    @Test
    void splitsOnCommasAndTrims() {
        assertEquals(Set.of("ParkChainMSP", "RegulatorMSP"), TrustedMsps.parse(" ParkChainMSP, RegulatorMSP ,"));
    }

    @Test
    void aListWithoutNamesTrustsNobody() {
        assertEquals(Set.of(), TrustedMsps.parse(", ,"));
    }

    @Test
    void theEnvironmentIsReadOnce() {
        assertEquals(TrustedMsps.parse(System.getenv(TrustedMsps.ENV_VARIABLE)), TrustedMsps.fromEnvironment());
    }
}
