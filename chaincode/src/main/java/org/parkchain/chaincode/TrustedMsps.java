package org.parkchain.chaincode;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The MSPs whose members may use the contract, from the environment variable {@value #ENV_VARIABLE}: MSP ids separated
 * by commas, {@value #DEFAULT} when the variable is unset or blank.
 */
final class TrustedMsps {
    static final String ENV_VARIABLE = "PARKCHAIN_TRUSTED_MSPS";
    static final String DEFAULT = "ParkChainMSP";

    private TrustedMsps() {
    }

    /** The set configured for this process (read once; Fabric creates a contract instance per transaction). */
    static Set<String> fromEnvironment() {
        return FromEnvironment.VALUE;
    }

    /** Parses a comma-separated list; blank items are ignored, unset or blank means {@value #DEFAULT}. */
    static Set<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return Set.of(DEFAULT);
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static final class FromEnvironment {
        static final Set<String> VALUE = parse(System.getenv(ENV_VARIABLE));
    }
}
