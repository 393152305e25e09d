package org.parkchain.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.billing.entity.Bill;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.BusinessException;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.web.FacesMessages;

/**
 * A sales company's customers: agreements awaiting its countersignature (countersign through the signing step, or
 * decline with a reason), its agreements, and volumes and revenue by month from the bills issued.
 */
@Named("salesCustomers")
@ViewScoped
public class SalesCustomersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    Billing billing;

    @Inject
    AgreementLabels labels;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    SigningStep signing;

    private Long countersigning;
    private Long declining;
    private String reason;
    private transient List<Agreement> list;
    private transient List<MonthFigures> months;

    /** Volumes and revenue of one month. */
    public record MonthFigures(LocalDate month, long customers, BigDecimal kWh, BigDecimal revenue) {
    }

    public List<Agreement> getAgreements() {
        if (list == null) {
            list = agreements.ofSales(currentUser.participant().getId());
        }
        return list;
    }

    public List<Agreement> getPending() {
        return getAgreements().stream().filter(a -> a.getStatus() == Agreement.Status.PENDING).toList();
    }

    public List<MonthFigures> getMonths() {
        if (months == null) {
            months = monthFigures();
        }
        return months;
    }

    private List<MonthFigures> monthFigures() {
        Map<LocalDate, List<Bill>> byMonth = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Bill b : billing.salesBills(currentUser.participant().getId())) {
            byMonth.computeIfAbsent(b.getMonth(), k -> new ArrayList<>()).add(b);
        }
        List<MonthFigures> rows = new ArrayList<>();
        byMonth.forEach((m, bills) -> rows.add(new MonthFigures(m, bills.stream().map(Bill::getParticipantId)
                .distinct().count(), bills.stream().map(Bill::getTotalKwh).reduce(BigDecimal.ZERO, BigDecimal::add),
                bills.stream().map(Bill::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return rows;
    }

    public String resident(long participantId) {
        return labels.party(participantId);
    }

    public String planName(long planId) {
        return labels.plan(planId);
    }

    /** The annual consumption the resident signed with. */
    public String annualKwh(Agreement a) {
        return CanonicalJson.parseObject(a.getSignedPayload()).getString("annualKwh", "");
    }

    public void startCountersign(long agreementId) {
        try {
            signing.open(Agreements.COUNTERSIGN, agreements.countersignPayload(currentUser.name(), agreementId));
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
