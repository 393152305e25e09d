package org.parkchain.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.web.SigningStep;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.agreements.boundary.Recommendations;
import org.parkchain.agreements.control.Recommendation;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.BarChart;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/**
 * The resident's recommendation: plans ranked for its profile and risk preference, the breakdown, the monthly chart
 * of the top plans, why the first one wins, and signing the chosen plan through the signing step.
 */
@Named("recommendationView")
@ViewScoped
public class RecommendationView implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final double[] RISK_LEVELS = {0, 0.5, 1, 2};

    @Inject
    Recommendations recommendations;

    @Inject
    Agreements agreements;

    @Inject
    AgreementLabels labels;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    SigningStep signing;

    @Inject
    AgreementSigningText signingText;

    private double gamma = 0.5;
    private transient Recommendation recommendation;
    private transient boolean computed;

    public Recommendation getRecommendation() {
        if (!computed) {
            computed = true;
            try {
                recommendation = recommendations.forResident(currentUser.name(), gamma).orElse(null);
            } catch (BusinessException e) {
                messages.refused(e);
            }
        }
        return recommendation;
    }

    public void recompute() {
        computed = false;
        recommendation = null;
    }

    public String company(long participantId) {
        return labels.party(participantId);
    }

    /** Why the first plan wins, in plain words (the same sentences the API gives). */
    public List<String> getExplanation() {
        Recommendation r = getRecommendation();
        return r == null ? List.of() : r.explanation().stream().map(x -> x.text(localeView.getLocale())).toList();
    }

    /** The chart of expected monthly bills of the top plans and of the catalog tariff. */
    public String getChart() {
        Recommendation r = getRecommendation();
        if (r == null || r.ranking().isEmpty()) {
            return "";
        }
        List<BarChart.Series> series = new ArrayList<>();
        r.ranking().stream().filter(x -> x.monthly() != null).forEach(x -> series.add(new BarChart.Series(
                x.rank() + ". " + x.plan().name(localeView.getLocale()), x.monthly())));
        series.add(new BarChart.Series(messages.text("recommendation.catalog"), r.catalogMonthly()));
        String[] labels = new String[12];
        for (int m = 0; m < 12; m++) {
            labels[m] = Month.of(m + 1).getDisplayName(TextStyle.SHORT, localeView.getLocale());
        }
        return BarChart.svg(series, labels, messages.text("recommendation.chart"));
    }

    /** Opens the signing step for the chosen plan. */
    public void choose(long planId) {
        try {
            JsonObject payload = agreements.signingPayload(currentUser.name(), planId);
            signing.open(currentUser.name(), Agreements.SIGN, payload, signingText.sign(payload));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirmSign() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            Agreement a = agreements.sign(currentUser.name(), signing.payload(), signed.signature(), signed.certificatePem());
            signing.close();
            recompute();
            messages.info(a.getStatus() == Agreement.Status.ACTIVE ? "agreement.signed.active"
                    : "agreement.signed.pending", company(a.getSalesParticipantId()));
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    public SigningStep getSigning() {
        return signing;
    }

    public double[] getRiskLevels() {
        return RISK_LEVELS;
    }

    public double getGamma() {
        return gamma;
    }

    public void setGamma(double gamma) {
        this.gamma = gamma;
    }
}
