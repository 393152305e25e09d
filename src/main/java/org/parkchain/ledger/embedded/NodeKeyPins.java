package org.parkchain.ledger.embedded;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the pinned node certificate fingerprints of {@code parkchain.ledger.embedded.trusted-node-keys}: SHA-256
 * fingerprints in hex, separated by commas or white space, with or without colons (as {@code openssl x509
 * -fingerprint -sha256} prints them).
 */
final class NodeKeyPins {
    private NodeKeyPins() {
    }

    static Set<String> parse(String configured, String ownFingerprint) {
        Set<String> trusted = new HashSet<>();
        trusted.add(ownFingerprint.toLowerCase(Locale.ROOT));
        for (String pin : (configured == null ? "" : configured).split("[,\\s]+")) {
            String hex = pin.replace(":", "").trim().toLowerCase(Locale.ROOT);
            if (hex.isEmpty()) {
                continue;
            }
            if (!hex.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("parkchain.ledger.embedded.trusted-node-keys: \"" + pin
                        + "\" is not a SHA-256 fingerprint (64 hex digits)");
            }
            trusted.add(hex);
        }
        return Set.copyOf(trusted);
    }
}
