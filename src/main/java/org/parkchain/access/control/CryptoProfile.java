package org.parkchain.access.control;

/**
 * The algorithms of the park's PKI, chosen by {@code parkchain.access.algorithm}: ECDSA on P-256 with SHA-256 (the
 * default, what Fabric uses) or SM2 with SM3 (China's national algorithms, GB/T 32918 and GB/T 32905).
 */
public enum CryptoProfile {
    ECDSA_P256_SHA256("secp256r1", "SHA256withECDSA"),
    SM2_SM3("sm2p256v1", "SM3withSM2");

    private final String curve;
    private final String signatureAlgorithm;

    CryptoProfile(String curve, String signatureAlgorithm) {
        this.curve = curve;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String curve() {
        return curve;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The profile for a configuration value: {@code ecdsa-p256} or {@code sm2}. */
    public static CryptoProfile fromConfig(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "", "ecdsa-p256", "ecdsa" -> ECDSA_P256_SHA256;
            case "sm2", "sm2-sm3" -> SM2_SM3;
            default -> throw new IllegalArgumentException("parkchain.access.algorithm must be ecdsa-p256 or sm2, not "
                    + value);
        };
    }
}
