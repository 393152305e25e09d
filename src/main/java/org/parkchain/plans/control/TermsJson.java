package org.parkchain.plans.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The stored and signed form of plan terms: canonical JSON with decimals as strings, so one set of terms always has
 * one spelling (and one hash on the ledger).
 */
public final class TermsJson {
    private TermsJson() {
    }

    public static JsonObject write(PlanTerms t) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("type", t.type().name());
        switch (t.type()) {
            case FIXED -> b.add("price", CanonicalJson.decimal(t.fixedPrice()));
            case TIME_OF_USE -> {
                JsonObjectBuilder prices = CanonicalJson.JSON.createObjectBuilder();
                for (TouPeriod p : TouPeriod.values()) {
                    prices.add(p.name(), CanonicalJson.decimal(t.touPrices()[p.ordinal()]));
                }
                b.add("prices", prices);
            }
            case TIERED -> b.add("blockLimits", array(t.tierLimits())).add("blockPrices", array(t.tierPrices()));
            case DISCOUNT -> b.add("discount", CanonicalJson.decimal(t.discount()));
            default -> throw new IllegalStateException();
        }
        if (t.contractedKwh() > 0) {
            b.add("contractedKwh", CanonicalJson.decimal(t.contractedKwh())).add("band", CanonicalJson.decimal(t.band()))
                    .add("overPrice", CanonicalJson.decimal(t.overPrice())).add("underPrice", CanonicalJson.decimal(t.underPrice()));
        }
        return b.add("termMonths", t.termMonths()).add("noticeDays", t.noticeDays())
                .add("earlyExitFee", CanonicalJson.decimal(t.earlyExitFee())).add("signUpFee", CanonicalJson.decimal(t.signUpFee()))
                .add("greenShare", CanonicalJson.decimal(t.greenShare())).build();
    }

    public static PlanTerms read(JsonObject o) {
        PlanType type = PlanType.valueOf(o.getString("type"));
        double[] tou = new double[TouPeriod.ALL.length];
        if (type == PlanType.TIME_OF_USE) {
            JsonObject prices = o.getJsonObject("prices");
            for (TouPeriod p : TouPeriod.values()) {
                tou[p.ordinal()] = num(prices, p.name());
            }
        }
        return new PlanTerms(type, type == PlanType.FIXED ? num(o, "price") : 0, tou,
                type == PlanType.TIERED ? doubles(o.getJsonArray("blockLimits")) : null,
                type == PlanType.TIERED ? doubles(o.getJsonArray("blockPrices")) : null,
                type == PlanType.DISCOUNT ? num(o, "discount") : 0, num(o, "contractedKwh"), num(o, "band"),
                num(o, "overPrice"), num(o, "underPrice"), o.getInt("termMonths"), o.getInt("noticeDays"),
                num(o, "earlyExitFee"), num(o, "signUpFee"), num(o, "greenShare"));
    }

    private static double num(JsonObject o, String key) {
        return o.containsKey(key) ? Double.parseDouble(o.getString(key)) : 0;
    }

    private static JsonArrayBuilder array(double[] values) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (double v : values) {
            a.add(CanonicalJson.decimal(v));
        }
        return a;
    }

    private static double[] doubles(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().mapToDouble(s -> Double.parseDouble(s.getString())).toArray();
    }
}
