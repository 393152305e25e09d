package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.parkchain.access.control.KeyWrapping;
import org.parkchain.access.control.Pkcs12Bundle;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.access.control.SigningReadiness;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;

/**
 * Keys generated and held for participants, usable only with the holder's password: delivered once as a PKCS#12
 * file protected by that password, and used to sign market actions for portal users after they confirm what they
 * sign.
 */
@Stateless
public class HeldKeys {
    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    CertificateRegistry registry;

    @Inject
    CertificateAuthority authority;

    @Inject
    Clock clock;

    /** A signature made with a held key, with the certificate to send along. */
    public record Signed(String signature, String certificatePem) {
    }

    public byte[] bundle(long applicationId, String username, String password) {
        CertificateApplication a = registry.application(applicationId);
        MarketCertificate certificate = ownCertificate(a, username);
        Object[] held = held(a.getId());
        if (held[4] != null) {
            throw new BusinessException("error.access.alreadyDownloaded");
        }
        PrivateKey key = unwrap(held, password);
        em.createNativeQuery("UPDATE access_held_key SET downloaded_at = ? WHERE application_id = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, a.getId()).executeUpdate();
        return Pkcs12Bundle.create(authority.ca().profile(), key, Pki.parseCertificatePem(certificate.getPem())
                .orElseThrow(), authority.ca().market(), authority.ca().root(), password.toCharArray());
    }

    /** The participant's approved applications whose generated key has not been downloaded yet. */
    public java.util.Set<Long> undelivered(long participantId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT h.application_id FROM access_held_key h JOIN "
                + "access_application a ON a.id = h.application_id WHERE a.participant_id = ? AND a.status = 'APPROVED' "
                + "AND h.downloaded_at IS NULL").setParameter(1, participantId).getResultList();
        return ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether a key is held for the participant (its newest certificate from a generated key can sign). */
    public boolean holdsKeyFor(long participantId) {
        return !em.createNativeQuery("SELECT 1 FROM access_certificate c JOIN access_held_key h ON h.application_id = "
                + "c.application_id WHERE c.participant_id = ?").setParameter(1, participantId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Whether the user can sign in the portal now: a valid certificate of their participant whose key the park holds;
     * otherwise why not (own keys only, none, revoked, expired, not yet valid).
     */
    public SigningReadiness readiness(String username) {
        UserAccount user = accounts.findByUsername(username).orElseThrow();
        Instant now = clock.instant();
        List<MarketCertificate> all = certificates(user.participantId().value(), false);
        if (all.stream().anyMatch(c -> "VALID".equals(c.statusAt(now)) && isHeld(c))) {
            return SigningReadiness.READY;
        }
        if (all.stream().anyMatch(c -> "VALID".equals(c.statusAt(now)))) {
            return SigningReadiness.OWN_KEY;
        }
        return all.isEmpty() ? SigningReadiness.NONE : switch (all.get(0).statusAt(now)) {
            case "REVOKED" -> SigningReadiness.REVOKED;
            case "NOT_YET_VALID" -> SigningReadiness.NOT_YET_VALID;
            default -> SigningReadiness.EXPIRED;
        };
    }

    /**
     * Signs with the held key of the user's newest valid certificate (or, when none is valid, of the newest one, so
     * that the verifier refuses it and records why); the verifier checks the result like any other signature.
     */
    public Signed sign(String username, String password, byte[] payload) {
        UserAccount user = accounts.findByUsername(username).orElseThrow();
        Instant now = clock.instant();
        List<MarketCertificate> held = certificates(user.participantId().value(), true);
        MarketCertificate certificate = held.stream().filter(c -> "VALID".equals(c.statusAt(now))).findFirst()
                .or(() -> held.stream().findFirst())
                .orElseThrow(() -> new BusinessException("error.access.noHeldKey"));
        PrivateKey key = unwrap(held(certificate.getApplicationId()), password);
        byte[] signature = SignatureVerifier.sign(authority.ca().profile(), key, payload);
        return new Signed(Base64.getEncoder().encodeToString(signature), certificate.getPem());
    }

    /** The participant's certificates, newest first; only those whose key the park holds when {@code heldOnly}. */
    private List<MarketCertificate> certificates(long participantId, boolean heldOnly) {
        List<Object[]> rows = em.createQuery("SELECT c, a.keySource FROM MarketCertificate c, CertificateApplication a "
                + "WHERE a.id = c.applicationId AND c.participantId = :p ORDER BY c.issuedAt DESC, c.id DESC",
                Object[].class).setParameter("p", participantId).getResultList();
        return rows.stream().filter(r -> !heldOnly || r[1] == CertificateApplication.KeySource.GENERATED)
                .map(r -> (MarketCertificate) r[0]).toList();
    }

    private boolean isHeld(MarketCertificate c) {
        return !em.createNativeQuery("SELECT 1 FROM access_held_key WHERE application_id = ?")
                .setParameter(1, c.getApplicationId()).getResultList().isEmpty();
    }

    private MarketCertificate ownCertificate(CertificateApplication a, String username) {
        UserAccount user = accounts.findByUsername(username).orElseThrow();
        if (a.getParticipantId() != user.participantId().value()) {
            throw new NotFoundException("error.access.applicationNotFound", a.getId());
        }
        if (a.getKeySource() != CertificateApplication.KeySource.GENERATED
                || a.getStatus() != CertificateApplication.Status.APPROVED) {
            throw new BusinessException("error.access.noBundle");
        }
        return em.createQuery("SELECT c FROM MarketCertificate c WHERE c.applicationId = :a", MarketCertificate.class)
                .setParameter("a", a.getId()).getSingleResult();
    }

    private Object[] held(long applicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT salt, iterations, iv, encrypted_key, downloaded_at "
                + "FROM access_held_key WHERE application_id = ?").setParameter(1, applicationId).getResultList();
        if (rows.isEmpty()) {
            throw new BusinessException("error.access.noHeldKey");
        }
        return rows.get(0);
    }

    private PrivateKey unwrap(Object[] held, String password) {
        try {
            byte[] der = KeyWrapping.unwrap(new KeyWrapping.Wrapped((byte[]) held[0], ((Number) held[1]).intValue(),
                    (byte[]) held[2], (byte[]) held[3]), password == null ? new char[0] : password.toCharArray());
            return KeyFactory.getInstance("EC", Pki.BC).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new BusinessException(List.of(new BusinessException.Problem("password", "error.access.password")));
        }
    }
}
