package org.parkchain.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.agreements.boundary.AgreementRecords;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/**
 * A sales company's customers: agreements awaiting its countersignature (countersign through the signing step, or
 * decline with a reason) and its agreements (volumes and revenue are {@code SalesRevenueView}'s).
 */
@Named("salesCustomers")
@ViewScoped
public class SalesCustomersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    AgreementRecords agreementRecords;

    @Inject
    AgreementLabels labels;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    SigningStep signing;

    @Inject
    AgreementSigningText signingText;

    private Long countersigning;
    private Long declining;
    private String reason;
    private transient List<Agreement> list;

    public List<Agreement> getAgreements() {
        if (list == null) {
            list = agreementRecords.ofSales(currentUser.participant().getId());
        }
        return list;
    }

    public List<Agreement> getPending() {
        return getAgreements().stream().filter(a -> a.getStatus() == Agreement.Status.PENDING).toList();
    }

    public String resident(long participantId) {
        return labels.party(participantId);
    }

    public String planName(long planId) {
        return labels.plan(planId);
    }

    public void startCountersign(long agreementId) {
        try {
            JsonObject payload = agreements.countersignPayload(currentUser.name(), agreementId);
            Agreement agreement = getAgreements().stream().filter(a -> a.getId() == agreementId).findFirst()
                    .orElseThrow();
            signing.open(currentUser.name(), Agreements.COUNTERSIGN, payload, signingText.countersign(payload,
                    agreement));
            countersigning = agreementId;
            declining = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmCountersign() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            Agreement a = agreements.countersign(currentUser.name(), countersigning, signing.payload(), signed.signature(),
                    signed.certificatePem());
            signing.close();
            countersigning = null;
            list = null;
            messages.info("agreement.countersigned", a.getId(), a.getStartsOn().toString());
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    public void startDecline(long agreementId) {
        declining = agreementId;
        reason = null;
        signing.close();
    }

    public void decline() {
        try {
            agreements.decline(currentUser.name(), declining, reason);
            messages.info("agreement.declined", declining);
            declining = null;
            list = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public SigningStep getSigning() {
        return signing;
    }

    public Long getDeclining() {
        return declining;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
