package org.parkchain.agreements.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.parkchain.access.web.SigningText;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.PlanTermsText;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Formats;
import org.parkchain.platform.web.LocaleView;

/**
 * The signing step's words for agreements, read from the very payload that is signed: for the resident, which company
 * and plan version it signs with, the plan's terms as they apply, its yearly consumption and the date; for the sales
 * company, which agreement of which customer it accepts and the resident signature it relies on.
 */
@Dependent
public class AgreementSigningText implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RetailPlans plans;

    @Inject
    AgreementLabels labels;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    Formats fmt;

    /** What a resident reads before signing {@code payload} (an {@code agreement.sign} payload). */
    public SigningText sign(JsonObject payload) {
        Locale locale = localeView.getLocale();
        RetailPlan plan = plans.plan(payload.getJsonNumber("plan").longValueExact());
        String company = labels.party(payload.getJsonNumber("salesCompany").longValueExact());
        String planName = localeView.isChinese() ? payload.getString("planNameZh", payload.getString("planName"))
                : payload.getString("planName");
        SigningText text = SigningText.saying(messages.text("signing.agreement.sentence", company, planName,
                        payload.getInt("planVersion")))
                .line(messages.text("signing.salesCompany"), company)
                .line(messages.text("signing.plan"), messages.text("signing.planVersion", planName,
                        payload.getInt("planVersion")));
        PlanTermsText.lines(plan.terms(), locale).forEach(l -> text.line(l.label(), l.value()));
        return text.line(messages.text("signing.annualKwh"), messages.text("unit.kwh", fmt.number(new BigDecimal(
                        payload.getString("annualKwh")), 0)))
                .line(messages.text("signing.date"), fmt.date(LocalDate.parse(payload.getString("date"))))
                .line(messages.text("signing.user"), signer())
                .code(messages.text("signing.termsHash"), payload.getString("termsHash"));
    }

    /** What a sales company reads before countersigning {@code payload} for {@code agreement}. */
    public SigningText countersign(JsonObject payload, Agreement agreement) {
        String resident = labels.party(payload.getJsonNumber("resident").longValueExact());
        String plan = labels.plan(payload.getJsonNumber("plan").longValueExact());
        return SigningText.saying(messages.text("signing.countersign.sentence", resident, plan,
                        payload.getJsonNumber("agreement").longValueExact()))
                .line(messages.text("signing.agreement"), "#" + payload.getJsonNumber("agreement").longValueExact())
                .line(messages.text("signing.customer"), resident)
                .line(messages.text("signing.plan"), plan)
                .line(messages.text("signing.residentSigned"), fmt.dateTime(agreement.getSignedAt()))
                .line(messages.text("signing.salesCompany"), labels.party(payload.getJsonNumber("salesCompany")
                        .longValueExact()))
                .line(messages.text("signing.user"), signer())
                .code(messages.text("signing.residentCertificate"), payload.getString("residentFingerprint"))
                .code(messages.text("signing.residentPayloadHash"), payload.getString("residentPayloadHash"));
    }

    private String signer() {
        return currentUser.account().getDisplayName() + " (" + currentUser.name() + ")";
    }
}
