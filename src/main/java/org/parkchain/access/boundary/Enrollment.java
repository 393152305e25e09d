package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.control.CertificateAttributes;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.access.control.CsrReader;
import org.parkchain.access.control.KeyWrapping;
import org.parkchain.access.control.Pki;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.CertificateApplication.KeySource;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.access.entity.NewApplication;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.AuditSnapshot;
import org.parkchain.ledger.boundary.AuditedChange;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.ledger.contract.CanonicalJson;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;

/**
 * Enrollment in the market: participants apply, the regulator approves (the market CA issues the certificate) or
 * rejects with a reason, and revokes. Business rules: one pending application per participant; types that need a
 * licence must give a current one; a CSR must prove possession of its key; a generated key is held encrypted under
 * the applicant's login password; issuance, renewal and revocation are recorded in the ledger outbox; a revocation
 * regenerates the CRL in the same transaction.
 */
@Stateless
public class Enrollment {
    static final int HELD_KEY_ITERATIONS = 210_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    @Inject
    CertificateAuthority authority;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "parkchain.access.certificate-validity", defaultValue = "P365D")
    Duration validity;

    @Inject
    @ConfigProperty(name = "parkchain.access.expiry-warning", defaultValue = "P30D")
    Duration expiryWarning;

    @Inject
    @ConfigProperty(name = "parkchain.access.crl-url", defaultValue = "http://localhost:8080/crl/market-ca.crl")
    String crlUrl;

    public CertificateApplication apply(String username, NewApplication a) {
        UserAccount user = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException(
                "error.user.notFound", username));
        Participant participant = participants.get(user.participantId());
        Problems problems = new Problems();
        problems.check(a.organisation() != null && !a.organisation().isBlank() && a.organisation().length() <= 200,
                "organisation", "error.access.organisation");
        boolean licence = a.licenceNumber() != null && !a.licenceNumber().isBlank();
        if (participant.getType().licenceRequired()) {
            problems.check(licence && a.licenceExpiry() != null, "licenceNumber", "error.access.licenceRequired");
        }
        if (a.licenceExpiry() != null) {
            problems.check(a.licenceExpiry().isAfter(LocalDate.now(clock)), "licenceExpiry",
                    "error.access.licenceExpired");
        }
        problems.check(pending(participant.getId()).isEmpty(), "organisation", "error.access.pendingExists");
        boolean csr = a.csrPem() != null && !a.csrPem().isBlank();
        PublicKey key = null;
        KeyWrapping.Wrapped held = null;
        if (csr) {
            try {
                key = CsrReader.publicKey(a.csrPem());
            } catch (CsrReader.CsrException e) {
                problems.add("csr", "error.access.csr." + e.problem().name());
            }
        } else if (!accounts.passwordMatches(username, a.password())) {
            problems.add("password", "error.access.password");
        }
        problems.throwIfAny();
        if (!csr) {
            KeyPair pair = Pki.keyPair(authority.ca().profile());
            key = pair.getPublic();
            held = KeyWrapping.wrap(pair.getPrivate().getEncoded(), a.password().toCharArray(), HELD_KEY_ITERATIONS);
        }
        CertificateApplication application = new CertificateApplication(participant.getId(), username,
                a.organisation().trim(), licence ? a.licenceNumber().trim() : null, a.licenceExpiry(),
                csr ? KeySource.CSR : KeySource.GENERATED, key.getEncoded(), latestCertificateId(participant.getId()),
                clock.instant());
        em.persist(application);
        em.flush();
        if (held != null) {
            em.createNativeQuery("INSERT INTO access_held_key (application_id, salt, iterations, iv, encrypted_key) "
                            + "VALUES (?, ?, ?, ?, ?)").setParameter(1, application.getId()).setParameter(2, held.salt())
                    .setParameter(3, held.iterations()).setParameter(4, held.iv()).setParameter(5, held.ciphertext())
                    .executeUpdate();
        }
        return application;
    }

    /** The market CA issues the certificate; a participant's earlier certificate stays valid until it expires. */
    public MarketCertificate approve(long applicationId, String regulator) {
        CertificateApplication a = application(applicationId);
        if (a.getStatus() != CertificateApplication.Status.PENDING) {
            throw new BusinessException("error.access.decided", applicationId);
        }
        Participant participant = participants.get(ParticipantId.of(a.getParticipantId()));
        Role role = Role.forParticipantType(participant.getType());
        Instant now = clock.instant();
        X509Certificate cert = authority.ca().issue(publicKey(a.getPublicKey()), a.getOrganisation(),
                participant.getNameEn(), new CertificateAttributes(participant.getId(), role.name(),
                        a.getLicenceNumber(), a.getLicenceExpiry()), now, now.plus(validity), crlUrl);
        a.approve(regulator, now);
        MarketCertificate certificate = new MarketCertificate(a.getId(), participant.getId(),
                cert.getSerialNumber().toString(16), role.name(), cert.getSubjectX500Principal().getName(),
                Pki.fingerprint(cert), Pki.pem(cert), cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                now);
        em.persist(certificate);
        em.flush();
        outbox.record(AuditedChange.of(a.getRenewalOf() == null ? "certificate.issued" : "certificate.renewed",
                snapshot(certificate)));
        return certificate;
    }

    public void reject(long applicationId, String regulator, String reason) {
        CertificateApplication a = application(applicationId);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BusinessException(List.of(new BusinessException.Problem("reason", "error.access.reason")));
        }
        if (a.getStatus() != CertificateApplication.Status.PENDING) {
            throw new BusinessException("error.access.decided", applicationId);
        }
        a.reject(regulator, reason.trim(), clock.instant());
    }

    /** Revocation with an RFC 5280 reason code; effective on the next request, and in the new CRL. */
    public MarketCertificate revoke(long certificateId, int reason, String regulator) {
        if (!MarketCertificate.REVOCATION_REASONS.contains(reason)) {
            throw new BusinessException(List.of(new BusinessException.Problem("reason", "error.access.reasonCode")));
        }
        MarketCertificate c = certificate(certificateId);
        if (c.getRevokedAt() != null) {
            throw new BusinessException("error.access.alreadyRevoked", certificateId);
        }
        c.revoke(reason, regulator, clock.instant());
        em.flush();
        outbox.record(AuditedChange.of("certificate.revoked", snapshot(c)));
        authority.regenerateCrl();
        return c;
    }

    public CertificateApplication application(long id) {
        CertificateApplication a = em.find(CertificateApplication.class, id);
        if (a == null) {
            throw new NotFoundException("error.access.applicationNotFound", id);
        }
        return a;
    }

    public MarketCertificate certificate(long id) {
        MarketCertificate c = em.find(MarketCertificate.class, id);
        if (c == null) {
            throw new NotFoundException("error.access.certificateNotFound", id);
        }
        return c;
    }

    public List<CertificateApplication> pending(long participantId) {
        return em.createQuery("SELECT a FROM CertificateApplication a WHERE a.participantId = :p AND a.status = "
                        + "org.parkchain.access.entity.CertificateApplication.Status.PENDING", CertificateApplication.class)
                .setParameter("p", participantId).getResultList();
    }

    /** Applications, newest first; only those with the given status when one is given. */
    public List<CertificateApplication> applications(CertificateApplication.Status status, Long participantId) {
        String where = (status == null ? "" : " AND a.status = :s") + (participantId == null ? "" : " AND a.participantId = :p");
        var q = em.createQuery("SELECT a FROM CertificateApplication a WHERE 1 = 1" + where + " ORDER BY a.id DESC",
                CertificateApplication.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        if (participantId != null) {
            q.setParameter("p", participantId);
        }
        return q.getResultList();
    }

    /**
     * The certificate registry with the regulator's filters: status (ACTIVE, EXPIRED, REVOKED), role, and expiry
     * within a number of days; any filter may be null.
     */
    public List<MarketCertificate> registry(String status, String role, Integer expiringWithinDays,
                                            Long participantId) {
        Instant now = clock.instant();
        String where = (role == null ? "" : " AND c.role = :r") + (participantId == null ? "" : " AND c.participantId = :p");
        var q = em.createQuery("SELECT c FROM MarketCertificate c WHERE 1 = 1" + where + " ORDER BY c.id DESC",
                MarketCertificate.class);
        if (role != null) {
            q.setParameter("r", role);
        }
        if (participantId != null) {
            q.setParameter("p", participantId);
        }
        return q.getResultStream()
                .filter(c -> status == null || status.equals(c.statusAt(now)))
                .filter(c -> expiringWithinDays == null || c.getRevokedAt() == null && !c.getNotAfter().isBefore(now)
                        && c.getNotAfter().isBefore(now.plus(Duration.ofDays(expiringWithinDays))))
                .toList();
    }

    /** The participant's standing now: its current certificate, and whether to apply or renew. */
    public CertificateStanding standing(long participantId) {
        return CertificateStanding.of(registry(null, null, null, participantId), !pending(participantId).isEmpty(),
                clock.instant(), expiryWarning);
    }

    static AuditSnapshot snapshot(MarketCertificate c) {
        JsonObject payload = CanonicalJson.JSON.createObjectBuilder()
                .add("id", c.getId()).add("participantId", c.getParticipantId()).add("serial", c.getSerial())
                .add("role", c.getRole()).add("fingerprint", c.getFingerprint())
                .add("notBefore", CanonicalJson.instant(c.getNotBefore()))
                .add("notAfter", CanonicalJson.instant(c.getNotAfter()))
                .add("revokedAt", c.getRevokedAt() == null ? "" : CanonicalJson.instant(c.getRevokedAt()))
                .add("revocationReason", c.getRevocationReason() == null ? -1 : c.getRevocationReason()).build();
        return new AuditSnapshot("certificate:" + c.getId(), payload);
    }

    private Long latestCertificateId(long participantId) {
        return em.createQuery("SELECT c.id FROM MarketCertificate c WHERE c.participantId = :p ORDER BY c.id DESC",
                Long.class).setParameter("p", participantId).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }

    private PublicKey publicKey(byte[] der) {
        try {
            return KeyFactory.getInstance("EC", Pki.BC).generatePublic(new X509EncodedKeySpec(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key cannot be read", e);
        }
    }
}
