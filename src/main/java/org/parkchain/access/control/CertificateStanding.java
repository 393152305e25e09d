package org.parkchain.access.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parkchain.access.entity.MarketCertificate;

/**
 * Where a participant stands in the market at a moment: which certificate it signs with, and what it should do
 * (apply, wait for the regulator, renew soon, renew now). Renewal is offered at any time; the warning starts a
 * configurable period before the certificate expires.
 *
 * @param kind        the participant's standing
 * @param current     the certificate it signs with now (the newest one that is valid), or the newest one it had
 * @param daysLeft    whole days until {@code current} expires; 0 once it has expired
 * @param pending     whether an application (first or renewal) is waiting for the regulator
 */
public record CertificateStanding(Kind kind, Optional<MarketCertificate> current, long daysLeft, boolean pending) {

    public enum Kind {
        /** No certificate was ever issued. */
        NONE,
        /** Valid and not close to expiry. */
        ACTIVE,
        /** Valid, but expires within the warning period. */
        EXPIRING,
        /** The newest certificate has expired and no other is valid. */
        EXPIRED,
        /** The newest certificate was revoked and no other is valid. */
        REVOKED,
        /** The newest certificate's validity has not begun (its start lies ahead). */
        NOT_YET_VALID
    }

    /**
     * @param certificates the participant's certificates, any order
     * @param pending      whether an application is waiting for a decision
     * @param warning      how long before expiry the participant is warned
     */
    public static CertificateStanding of(List<MarketCertificate> certificates, boolean pending, Instant now,
                                         Duration warning) {
        Comparator<MarketCertificate> newest = Comparator.comparing(MarketCertificate::getNotAfter)
                .thenComparing(MarketCertificate::getId, Comparator.nullsFirst(Comparator.naturalOrder()));
        Optional<MarketCertificate> valid = certificates.stream()
                .filter(c -> "VALID".equals(c.statusAt(now))).max(newest);
        if (valid.isPresent()) {
            Instant notAfter = valid.get().getNotAfter();
            long days = Duration.between(now, notAfter).toDays();
            Kind kind = notAfter.isBefore(now.plus(warning)) ? Kind.EXPIRING : Kind.ACTIVE;
            return new CertificateStanding(kind, valid, days, pending);
        }
        Optional<MarketCertificate> last = certificates.stream()
                .max(Comparator.comparing(MarketCertificate::getIssuedAt)
                        .thenComparing(MarketCertificate::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (last.isEmpty()) {
            return new CertificateStanding(Kind.NONE, last, 0, pending);
        }
        Kind kind = switch (last.get().statusAt(now)) {
            case "REVOKED" -> Kind.REVOKED;
            case "NOT_YET_VALID" -> Kind.NOT_YET_VALID;
            default -> Kind.EXPIRED;
        };
        return new CertificateStanding(kind, last, kind == Kind.NOT_YET_VALID
                ? Duration.between(now, last.get().getNotAfter()).toDays() : 0, pending);
    }

    /** Whether the participant should be told to act (apply, renew) on its home page. */
    public boolean needsAttention() {
        return kind != Kind.ACTIVE && !pending;
    }
}
