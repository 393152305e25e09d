package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.platform.BusinessException;

/**
 * The one verification every market action goes through (agreement signing, trade confirmation, bids and asks,
 * cross-park requests). Business rule: the action carries a signature over its canonical payload and the signer's
 * certificate; unless the signature, the chain to the park CA, the validity dates, the revocation state (read now,
 * so a revocation takes effect on the next request) and the role all check out, the action is refused with a clear
 * message and a denial is recorded for the regulator. On success the signer's fingerprint goes with the action into
 * its ledger outbox entry.
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
        SignatureVerifier.Result result = authority.verifier().verify(payload, sig, cert.orElse(null), clock.instant(),
                serial -> revokedOrUnknown(serial.toString(16)), allowedRoles);
        if (!result.accepted()) {
            denials.record(username, action, result.refusal().name(), result.fingerprint(),
                    cert.map(c -> c.getSubjectX500Principal().getName()).orElse("no readable certificate"));
            throw new BusinessException("error.access.refused." + result.refusal().name());
        }
        return result.fingerprint();
    }

    /** Revoked, or never issued by this park's CA database (then it cannot be trusted either). */
    private boolean revokedOrUnknown(String serialHex) {
        List<?> rows = em.createNativeQuery("SELECT revoked_at FROM access_certificate WHERE serial = ?")
                .setParameter(1, serialHex).getResultList();
        return rows.isEmpty() || rows.get(0) != null;
    }
}
