package org.parkchain.agreements.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.parkchain.agreements.control.Recommendation;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.profiles.control.Recommender;

/** The JSON of a recommendation (money in yuan and energy in kWh, as decimal strings; the explanation as text). */
final class RecommendationJson {
    private RecommendationJson() {
    }

    static JsonObject of(Recommendation r, Locale locale) {
        JsonArrayBuilder ranking = CanonicalJson.JSON.createArrayBuilder();
        for (Recommendation.Ranked x : r.ranking()) {
            Recommender.Evaluation e = x.evaluation();
            JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("rank", x.rank())
                    .add("planId", x.plan().getId()).add("planName", x.plan().name(locale))
                    .add("salesParticipantId", x.plan().getSalesParticipantId()).add("current", x.current())
                    .add("expectedCost", yuan(e.expectedCost())).add("energy", yuan(e.expectedEnergy()))
                    .add("penalties", yuan(e.expectedPenalty())).add("signUpFee", yuan(e.signUpFee()))
                    .add("switchingCost", yuan(e.switchingCost())).add("cvar95", yuan(e.cvar95()))
                    .add("badYearCost", yuan(e.badYearCost()))
                    .add("score", yuan(e.score()));
            if (x.monthly() != null) {
                b.add("monthly", months(x.monthly()));
            }
            ranking.add(b);
        }
        JsonArrayBuilder explanation = CanonicalJson.JSON.createArrayBuilder();
        r.explanation().forEach(s -> explanation.add(s.text(locale)));
        return CanonicalJson.JSON.createObjectBuilder().add("gamma", dec(r.gamma()))
                .add("annualKwh", kwh(r.profile().total())).add("volatility", dec(r.profile().volatility()))
                .add("catalogMonthly", months(r.catalogMonthly())).add("ranking", ranking)
                .add("explanation", explanation).build();
    }

    private static JsonArrayBuilder months(double[] values) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (double v : values) {
            a.add(yuan(v));
        }
        return a;
    }

    private static String yuan(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String kwh(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String dec(double v) {
        return CanonicalJson.decimal(Math.round(v * 10000) / 10000.0);
    }
}
