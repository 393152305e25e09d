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
import org.parkchain.access.control.AccessAudit;
import org.parkchain.access.control.CertificateAttributes;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.access.control.CertificateSubject;
import org.parkchain.access.control.CryptoProfile;
import org.parkchain.access.control.CsrReader;
import org.parkchain.access.control.KeyWrapping;
import org.parkchain.access.control.Pki;
import org.parkchain.access.entity.CertificateApplication.KeySource;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.access.entity.NewApplication;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.ledger.control.AuditSnapshot;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Enrollment in the market: participants apply, the regulator approves (the market CA issues the certificate) or
 * rejects with a reason, and revokes. Business rules: one pending application per participant; types that need a
 * licence must give a current one; a CSR must prove possession of a key on the profile's curve and carry the
 * applicant's credit code; a key certified to another participant or revoked for compromise is refused (at
 * application and again at approval); the certificate names the participant as registered, never typed text; a
 * generated key is held encrypted under the applicant's login password; an application renews only a certificate
 * that is valid now; issuance, renewal and revocation are recorded in the ledger outbox; a revocation regenerates
 * the CRL in the same transaction.
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
    KeyHistory keyHistory;

    @Inject
    CertificateRegistry registry;

    @Inject
    @ConfigProperty(name = "parkchain.access.certificate-validity", defaultValue = "P365D")
    Duration validity;

    @Inject
    @ConfigProperty(name = "parkchain.access.crl-url", defaultValue = "http://localhost:8080/crl/market-ca.crl")
    String crlUrl;

    public CertificateApplication apply(String username, NewApplication a) {
        UserAccount user = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException(
                "error.user.notFound", username));
        Participant participant = participants.get(user.participantId());
        Problems problems = new Problems();
        if (a.organisation() != null && !a.organisation().isBlank()) {
            String given = a.organisation().trim();
            problems.check(given.equals(participant.getNameEn()) || given.equals(participant.getNameZh()),
                    "organisation", "error.access.organisationMismatch", participant.getNameEn(),
                    participant.getNameZh(), given.length() > 200 ? given.substring(0, 200) + "…" : given);
        }
        boolean licence = a.licenceNumber() != null && !a.licenceNumber().isBlank();
        if (participant.getType().licenceRequired()) {
            problems.check(licence && a.licenceExpiry() != null, "licenceNumber", "error.access.licenceRequired");
        }
        if (a.licenceExpiry() != null) {
            problems.check(a.licenceExpiry().isAfter(LocalDate.now(clock)), "licenceExpiry",
                    "error.access.licenceExpired");
        }
        problems.check(registry.pending(participant.getId()).isEmpty(), "organisation", "error.access.pendingExists");
        boolean csr = a.csrPem() != null && !a.csrPem().isBlank();
        CryptoProfile profile = authority.ca().profile();
        PublicKey key = null;
        KeyWrapping.Wrapped held = null;
        if (csr) {
            try {
                key = CsrReader.publicKey(a.csrPem(), profile, participant.getCreditCode());
                keyHistory.problem(participant.getId(), key.getEncoded())
                        .ifPresent(p -> problems.add("csr", "error.access.key." + p.name()));
            } catch (CsrReader.CsrException e) {
                problems.add("csr", "error.access.csr." + e.problem().name(), profile.curveLabel(),
                        participant.getCreditCode());
            }
        } else if (!accounts.passwordMatches(username, a.password())) {
            problems.add("password", "error.access.password");
        }
        problems.throwIfAny();
        if (!csr) {
            KeyPair pair = Pki.keyPair(profile);
            key = pair.getPublic();
            held = KeyWrapping.wrap(pair.getPrivate().getEncoded(), a.password().toCharArray(), HELD_KEY_ITERATIONS);
        }
        CertificateApplication application = new CertificateApplication(participant.getId(), username,
                participant.getNameEn(), licence ? a.licenceNumber().trim() : null, a.licenceExpiry(),
                csr ? KeySource.CSR : KeySource.GENERATED, key.getEncoded(), activeCertificateId(participant.getId()),
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

    /** The curve the park certifies keys on, as OpenSSL names it (for hints and refusals). */
    public String curveLabel() {
        return authority.ca().profile().curveLabel();
    }

    /** What a certificate for the participant names: the participant as registered now. */
    public CertificateSubject subjectFor(long participantId) {
        Participant p = participants.get(ParticipantId.of(participantId));
        return new CertificateSubject(p.getNameEn(), p.getNameZh(), p.getCreditCode());
    }

    /** The market CA issues the certificate; a participant's earlier certificate stays valid until it expires. */
    public MarketCertificate approve(long applicationId, String regulator) {
        CertificateApplication a = registry.application(applicationId);
        if (a.getStatus() != CertificateApplication.Status.PENDING) {
            throw new BusinessException("error.access.decided", applicationId);
        }
        Participant participant = participants.get(ParticipantId.of(a.getParticipantId()));
        PublicKey key = publicKey(a.getPublicKey());
        CryptoProfile profile = authority.ca().profile();
        if (!profile.acceptsKey(key)) {
            throw new BusinessException("error.access.csr.WEAK_KEY", profile.curveLabel());
        }
        keyHistory.problem(participant.getId(), a.getPublicKey()).ifPresent(p -> {
            throw new BusinessException("error.access.key." + p.name());
        });
        Role role = Role.forParticipantType(participant.getType());
        Instant now = clock.instant();
        X509Certificate cert = authority.ca().issue(key, subjectFor(a.getParticipantId()), new CertificateAttributes(participant.getId(),
                role.name(), a.getLicenceNumber(), a.getLicenceExpiry()), now, now.plus(validity), crlUrl);
        a.approve(regulator, now);
        MarketCertificate certificate = new MarketCertificate(a.getId(), participant.getId(),
                cert.getSerialNumber().toString(16), role.name(), cert.getSubjectX500Principal().getName(),
                Pki.fingerprint(cert), Pki.pem(cert), cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                now);
        em.persist(certificate);
        em.flush();
        outbox.record(a.getRenewalOf() == null ? AccessAudit.ISSUED : AccessAudit.RENEWED, certificate);
        return certificate;
    }

    public void reject(long applicationId, String regulator, String reason) {
        CertificateApplication a = registry.application(applicationId);
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
        MarketCertificate c = registry.certificate(certificateId);
        if (c.getRevokedAt() != null) {
            throw new BusinessException("error.access.alreadyRevoked", certificateId);
        }
        c.revoke(reason, regulator, clock.instant());
        em.flush();
        outbox.record(AccessAudit.REVOKED, c);
        authority.regenerateCrl();
        return c;
    }

    /** The certificate a new application renews: the participant's newest one that is valid now, if any. */
    private Long activeCertificateId(long participantId) {
        return em.createQuery("""
                        SELECT c.id FROM MarketCertificate c WHERE c.participantId = :p AND c.revokedAt IS NULL
                        AND c.notBefore <= :now AND c.notAfter > :now ORDER BY c.id DESC""", Long.class)
                .setParameter("p", participantId).setParameter("now", clock.instant()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private PublicKey publicKey(byte[] der) {
        try {
            return KeyFactory.getInstance("EC", Pki.BC).generatePublic(new X509EncodedKeySpec(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key cannot be read", e);
        }
    }
}
