package org.parkchain.access.control;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;

/**
 * The algorithms of the park's PKI, chosen by {@code parkchain.access.algorithm}: ECDSA on P-256 with SHA-256 (the
 * default, what Fabric uses) or SM2 with SM3 (China's national algorithms, GB/T 32918 and GB/T 32905). Rule: the park
 * certifies and accepts keys on the profile's own curve only; a key on any other curve (P-192, secp112r1, ...) is
 * refused however well it is formed.
 */
public enum CryptoProfile {
    ECDSA_P256_SHA256("secp256r1", "SHA256withECDSA", "P-256 (prime256v1)"),
    SM2_SM3("sm2p256v1", "SM3withSM2", "SM2 (sm2p256v1)");

    private final String curve;
    private final String signatureAlgorithm;
    private final String curveLabel;
    private final ECParameterSpec parameters;

    CryptoProfile(String curve, String signatureAlgorithm, String curveLabel) {
        this.curve = curve;
        this.signatureAlgorithm = signatureAlgorithm;
        this.curveLabel = curveLabel;
        ECNamedCurveParameterSpec named = ECNamedCurveTable.getParameterSpec(curve);
        this.parameters = new ECNamedCurveSpec(curve, named.getCurve(), named.getG(), named.getN(), named.getH());
    }

    public String curve() {
        return curve;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The curve's name as people and OpenSSL know it, for refusals. */
    public String curveLabel() {
        return curveLabel;
    }

    /** Whether the key is an elliptic-curve key on this profile's curve (field, coefficients, generator, order). */
    public boolean acceptsKey(PublicKey key) {
        if (!(key instanceof ECPublicKey ec) || ec.getParams() == null) {
            return false;
        }
        ECParameterSpec p = ec.getParams();
        return p.getCurve().getField().equals(parameters.getCurve().getField())
                && p.getCurve().getA().equals(parameters.getCurve().getA())
                && p.getCurve().getB().equals(parameters.getCurve().getB())
                && p.getGenerator().equals(parameters.getGenerator())
                && p.getOrder().equals(parameters.getOrder())
                && p.getCofactor() == parameters.getCofactor();
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
