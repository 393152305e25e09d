package org.parkchain.access.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one check every signed market action passes: the certificate chains to the park's market CA and root, its key
 * lies on the profile's curve, it is within its validity dates, the CA's signed revocation list does not revoke it,
 * it carries a role allowed for the action, it belongs to the caller's own participant, and the signature over the
 * action's canonical payload verifies under its key. The first failed check is the refusal.
 */
public final class SignatureVerifier {
    /** Why an action was refused, in the order the checks run. */
    public enum Refusal {
        MALFORMED, FOREIGN_CA, WEAK_KEY, NOT_YET_VALID, EXPIRED, REVOKED, REVOCATION_UNKNOWN, WRONG_ROLE,
        OTHER_PARTICIPANT, BAD_SIGNATURE
    }

    /** The outcome: a refusal, or the signer's attributes and certificate fingerprint. */
    public record Result(Refusal refusal, CertificateAttributes signer, String fingerprint) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private final X509Certificate market;
    private final X509Certificate root;
    private final CryptoProfile profile;

    public SignatureVerifier(X509Certificate market, X509Certificate root, CryptoProfile profile) {
        this.market = market;
        this.root = root;
        this.profile = profile;
    }

    /**
     * @param revocations answers what the CA's revocation list says of a serial number of the market CA now
     * @param expected    the caller's participant and the roles that may take the action
     */
    public Result verify(byte[] payload, byte[] signature, X509Certificate certificate, Instant now,
                         Function<BigInteger, RevocationState> revocations, ExpectedSigner expected) {
        if (certificate == null || payload == null || signature == null || signature.length == 0) {
            return refused(Refusal.MALFORMED, certificate);
        }
        String fingerprint = Pki.fingerprint(certificate);
        if (!certificate.getIssuerX500Principal().equals(market.getSubjectX500Principal())
                || !Pki.signedBy(certificate, market.getPublicKey()) || !Pki.signedBy(market, root.getPublicKey())) {
            return new Result(Refusal.FOREIGN_CA, null, fingerprint);
        }
        if (!profile.acceptsKey(certificate.getPublicKey())) {
            return new Result(Refusal.WEAK_KEY, null, fingerprint);
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return new Result(Refusal.NOT_YET_VALID, null, fingerprint);
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            return new Result(Refusal.EXPIRED, null, fingerprint);
        }
        RevocationState revocation = revocations.apply(certificate.getSerialNumber());
        if (revocation != RevocationState.GOOD) {
            return new Result(revocation == RevocationState.REVOKED ? Refusal.REVOKED : Refusal.REVOCATION_UNKNOWN,
                    null, fingerprint);
        }
        Optional<CertificateAttributes> attributes = CertificateAttributes.of(certificate);
        if (attributes.isEmpty() || !expected.roles().contains(attributes.get().role())) {
            return new Result(Refusal.WRONG_ROLE, attributes.orElse(null), fingerprint);
        }
        if (attributes.get().participantId() != expected.participantId()) {
            return new Result(Refusal.OTHER_PARTICIPANT, attributes.get(), fingerprint);
        }
        try {
            Signature verifier = Signature.getInstance(profile.signatureAlgorithm(), Pki.BC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(payload);
            if (!verifier.verify(signature)) {
                return new Result(Refusal.BAD_SIGNATURE, attributes.get(), fingerprint);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Result(Refusal.BAD_SIGNATURE, attributes.get(), fingerprint);
        }
        return new Result(null, attributes.get(), fingerprint);
    }

    /** Signs a payload the way portal users' held keys and API clients must. */
    public static byte[] sign(CryptoProfile profile, java.security.PrivateKey key, byte[] payload) {
        try {
            Signature signer = Signature.getInstance(profile.signatureAlgorithm(), Pki.BC);
            signer.initSign(key);
            signer.update(payload);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    private static Result refused(Refusal refusal, X509Certificate certificate) {
        return new Result(refusal, null, certificate == null ? null : Pki.fingerprint(certificate));
    }
}
