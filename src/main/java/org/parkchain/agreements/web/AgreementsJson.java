package org.parkchain.agreements.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parkchain.agreements.boundary.Recommendations;
import org.parkchain.profiles.control.Recommender;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.billing.entity.Bill;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.canonical.CanonicalJson;

/** JSON shapes of the agreements API (money in yuan and energy in kWh, as decimal strings). */
final class AgreementsJson {
    private AgreementsJson() {
    }

    static JsonObject plan(RetailPlan p) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", p.getId())
                .add("salesParticipantId", p.getSalesParticipantId()).add("lineage", p.getLineage())
                .add("versionNo", p.getVersionNo()).add("name", p.getName()).add("status", p.getStatus().name())
                .add("terms", CanonicalJson.parseObject(p.getTerms())).add("validFrom", p.getValidFrom().toString());
        CanonicalJson.addNullable(b, "validUntil", p.getValidUntil());
        CanonicalJson.addNullable(b, "description", p.getDescription());
        return b.build();
    }

    static JsonObject recommendation(Recommendations.Recommendation r) {
        JsonArrayBuilder ranking = CanonicalJson.JSON.createArrayBuilder();
        for (Recommendations.Ranked x : r.ranking()) {
            Recommender.Evaluation e = x.evaluation();
            JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("rank", x.rank())
                    .add("planId", x.plan().getId()).add("planName", x.plan().getName())
                    .add("salesParticipantId", x.plan().getSalesParticipantId()).add("current", x.current())
                    .add("expectedCost", yuan(e.expectedCost())).add("energy", yuan(e.expectedEnergy()))
                    .add("penalties", yuan(e.expectedPenalty())).add("signUpFee", yuan(e.signUpFee()))
                    .add("switchingCost", yuan(e.switchingCost())).add("cvar95", yuan(e.cvar95()))
                    .add("score", yuan(e.score()));
            if (x.monthly() != null) {
                b.add("monthly", months(x.monthly()));
            }
            ranking.add(b);
        }
        return CanonicalJson.JSON.createObjectBuilder().add("gamma", dec(r.gamma()))
                .add("annualKwh", kwh(r.profile().total())).add("volatility", dec(r.profile().volatility()))
                .add("catalogMonthly", months(r.catalogMonthly())).add("ranking", ranking).build();
    }

    static JsonObject agreement(Agreement a) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", a.getId())
                .add("residentParticipantId", a.getResidentParticipantId())
                .add("salesParticipantId", a.getSalesParticipantId()).add("planId", a.getPlanId())
                .add("status", a.getStatus().name()).add("signedBy", a.getSignedBy())
                .add("signedAt", a.getSignedAt().toString()).add("residentFingerprint", a.getResidentFingerprint());
        CanonicalJson.addNullable(b, "countersignedBy", a.getCountersignedBy());
        CanonicalJson.addNullable(b, "countersignFingerprint", a.getCountersignFingerprint());
        CanonicalJson.addNullable(b, "startsOn", a.getStartsOn());
        CanonicalJson.addNullable(b, "endsOn", a.getEndsOn());
        CanonicalJson.addNullable(b, "exitFee", a.getExitFee());
        CanonicalJson.addNullable(b, "declineReason", a.getDeclineReason());
        return b.build();
    }

    static JsonObject bill(Bill b) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", b.getId()).add("agreementId", b.getAgreementId())
                .add("month", b.getMonth().toString().substring(0, 7))
                .add("kwhByPeriod", CanonicalJson.parseArray(b.getKwh()))
                .add("totalKwh", b.getTotalKwh().toPlainString()).add("energy", b.getEnergy().toPlainString())
                .add("penalty", b.getPenalty().toPlainString()).add("fees", b.getFees().toPlainString())
                .add("total", b.getTotal().toPlainString()).add("catalogCost", b.getCatalogCost().toPlainString())
                .add("saving", b.getSaving().toPlainString()).build();
    }

    private static JsonArrayBuilder months(double[] values) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (double v : values) {
            a.add(yuan(v));
        }
        return a;
    }

    static String yuan(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String kwh(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String dec(double v) {
        return org.parkchain.plans.control.TermsJson.dec(Math.round(v * 10000) / 10000.0);
    }
}
