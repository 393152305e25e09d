package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parkchain.access.control.ExpectedSigner;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.RevocationState;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The one verification every market action goes through (agreement signing, trade confirmation, bids and asks,
 * cross-park requests). Business rule: the action carries a signature over its canonical payload and the signer's
 * certificate; unless the signature, the chain to the park CA, the key's curve, the validity dates, the revocation
 * state (read now from the database and from the CRL signed by the market CA, so a revocation takes effect on the
 * next request and cannot be undone behind the CA's back), the role and the holder (the caller's own participant)
 * all check out, the action is refused with a clear message and a denial is recorded for the regulator (and the
 * ledger). On success the signer's fingerprint goes with the action into its ledger outbox entry.
 */
@Stateless
public class MarketSignatures {
    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateAuthority authority;

    @Inject
    AccessDenials denials;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    /** The action of a signed test statement that exercises a participant's key end to end. */
    public static final String KEY_CHECK = "key-check";

    /** What a participant signs to check its key: who, for which participant, and when. */
    public JsonObject keyCheckPayload(String username) {
        long participant = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("error.user.notFound", username)).participantId().value();
        return CanonicalJson.JSON.createObjectBuilder().add("action", KEY_CHECK).add("participantId", participant)
                .add("username", username).add("at", CanonicalJson.instant(clock.instant())).build();
    }

    /**
     * @param signature   Base64 signature over {@code payload}
     * @param certificate the signer's certificate, PEM
     * @return the signer's certificate fingerprint
     * @throws BusinessException {@code error.access.refused.<REASON>} after recording the denial
     */
    public String verify(String username, String action, byte[] payload, String signature, String certificate,
                         Set<String> allowedRoles) {
        Optional<X509Certificate> cert = Pki.parseCertificatePem(certificate);
        byte[] sig;
        try {
            sig = signature == null ? new byte[0] : Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException e) {
            sig = new byte[0];
        }
        long participant = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("error.user.notFound", username)).participantId().value();
        Function<BigInteger, RevocationState> crl = authority.revocations();
        SignatureVerifier.Result result = authority.verifier().verify(payload, sig, cert.orElse(null), clock.instant(),
                serial -> revokedInDatabase(serial.toString(16)) ? RevocationState.REVOKED : crl.apply(serial),
                new ExpectedSigner(participant, allowedRoles));
        if (!result.accepted()) {
            denials.record(username, action, result.refusal().name(), result.fingerprint(),
                    cert.map(c -> c.getSubjectX500Principal().getName()).orElse("no readable certificate"));
            throw new BusinessException("error.access.refused." + result.refusal().name());
        }
        return result.fingerprint();
    }

    /**
     * Revoked, or never issued by this park's CA database (then it cannot be trusted either). The database flag alone
     * is not trusted to say "good": the CA-signed CRL is asked as well, so a revocation undone by SQL still refuses.
     */
    private boolean revokedInDatabase(String serialHex) {
        List<?> rows = em.createNativeQuery("SELECT revoked_at FROM access_certificate WHERE serial = ?")
                .setParameter(1, serialHex).getResultList();
        return rows.isEmpty() || rows.get(0) != null;
    }
}
