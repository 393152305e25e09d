package org.parkchain.access.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.platform.NotFoundException;

/**
 * The market's register of applications and certificates, as participants and the regulator read it: one
 * application or certificate, a participant's pending applications, the registry with the regulator's filters, and a
 * participant's standing (its current certificate, and whether to apply or renew).
 */
@Stateless
public class CertificateRegistry {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parkchain.access.expiry-warning", defaultValue = "P30D")
    Duration expiryWarning;

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

    /** The certificate with this SHA-256 fingerprint (hex), if the park issued it. */
    public java.util.Optional<MarketCertificate> byFingerprint(String fingerprint) {
        return em.createQuery("SELECT c FROM MarketCertificate c WHERE c.fingerprint = :f", MarketCertificate.class)
                .setParameter("f", fingerprint == null ? "" : fingerprint.trim()).getResultStream().findFirst();
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
    public CertificateStanding standing(ParticipantId participant) {
        long participantId = participant.value();
        return CertificateStanding.of(registry(null, null, null, participantId), !pending(participantId).isEmpty(),
                clock.instant(), expiryWarning);
    }
}
