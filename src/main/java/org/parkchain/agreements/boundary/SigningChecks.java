package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parkchain.access.boundary.AccessDenials;
import org.parkchain.access.boundary.CertificateRegistry;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.BusinessException;

/**
 * The checks on the other party of an agreement, made before a signing step opens and again when a signature
 * arrives. Business rules: a resident cannot sign for a plan whose sales company could not countersign (it has no
 * valid market certificate and does not accept the resident automatically), since the agreement would wait forever;
 * and a sales company cannot countersign an agreement whose resident certificate was revoked for key compromise, since
 * the resident's signature may not be the resident's: the refusal is recorded as an access denial (and on the
 * ledger), and the company declines the agreement instead.
 */
@Stateless
public class SigningChecks {
    /** The refusal recorded when a countersignature would rely on a compromised key. */
    public static final String SIGNER_KEY_COMPROMISED = "SIGNER_KEY_COMPROMISED";

    @Inject
    RetailPlans plans;

    @Inject
    CertificateRegistry registry;

    @Inject
    AccessDenials denials;

    /** @throws BusinessException {@code error.agreement.companyCannotCountersign} */
    public void requireCountersignable(RetailPlan plan, double annualKwh) {
        ParticipantId company = ParticipantId.of(plan.getSalesParticipantId());
        if (plans.ruleOf(company).accepts(annualKwh)) {
            return;
        }
        CertificateStanding.Kind standing = registry.standing(company).kind();
        if (standing != CertificateStanding.Kind.ACTIVE && standing != CertificateStanding.Kind.EXPIRING) {
            throw new BusinessException("error.agreement.companyCannotCountersign");
        }
    }

    /** @throws BusinessException {@code error.agreement.residentKeyCompromised} after recording the denial */
    public void requireResidentKeySound(String username, String action, Agreement a) {
        Optional<MarketCertificate> certificate = registry.byFingerprint(a.getResidentFingerprint());
        if (certificate.isPresent() && certificate.get().revokedForKeyCompromise()) {
            denials.record(username, action, SIGNER_KEY_COMPROMISED, a.getResidentFingerprint(),
                    "agreement " + a.getId() + ": the resident's certificate " + certificate.get().getSerial()
                            + " was revoked for key compromise at " + certificate.get().getRevokedAt());
            throw new BusinessException("error.agreement.residentKeyCompromised", a.getId());
        }
    }
}
