package org.parkchain.plans.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.ScheduleText;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The stored and signed form of plan terms and of the catalog tariff: canonical JSON with decimals as strings, so one
 * set of terms always has one spelling (and one hash on the ledger).
 */
public final class TermsJson {
    private TermsJson() {
    }

    public static JsonObject write(PlanTerms t) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("type", t.type().name());
        switch (t.type()) {
            case FIXED -> b.add("price", dec(t.fixedPrice()));
            case TIME_OF_USE -> {
                JsonObjectBuilder prices = CanonicalJson.JSON.createObjectBuilder();
                for (TouPeriod p : TouPeriod.values()) {
                    prices.add(p.name(), dec(t.touPrices()[p.ordinal()]));
                }
                b.add("prices", prices);
            }
            case TIERED -> b.add("blockLimits", array(t.tierLimits())).add("blockPrices", array(t.tierPrices()));
            case DISCOUNT -> b.add("discount", dec(t.discount()));
            default -> throw new IllegalStateException();
        }
        if (t.contractedKwh() > 0) {
            b.add("contractedKwh", dec(t.contractedKwh())).add("band", dec(t.band()))
                    .add("overPrice", dec(t.overPrice())).add("underPrice", dec(t.underPrice()));
        }
        return b.add("termMonths", t.termMonths()).add("noticeDays", t.noticeDays())
                .add("earlyExitFee", dec(t.earlyExitFee())).add("signUpFee", dec(t.signUpFee()))
                .add("greenShare", dec(t.greenShare())).build();
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

    /** The tariff with the granularity its schedules were given in. */
    public static JsonObject write(CatalogTariff tariff, int granularity) {
        JsonArrayBuilder seasons = CanonicalJson.JSON.createArrayBuilder();
        for (CatalogTariff.Season s : tariff.seasons()) {
            JsonArrayBuilder months = CanonicalJson.JSON.createArrayBuilder();
            new TreeSet<>(s.months()).forEach(m -> months.add(m.getValue()));
            JsonObjectBuilder prices = CanonicalJson.JSON.createObjectBuilder();
            s.prices().forEach((p, v) -> prices.add(p.name(), dec(v)));
            seasons.add(CanonicalJson.JSON.createObjectBuilder().add("code", s.code()).add("months", months)
                    .add("prices", prices).add("workday", ScheduleText.format(s.workday()))
                    .add("holiday", ScheduleText.format(s.holiday())));
        }
        JsonArrayBuilder holidays = CanonicalJson.JSON.createArrayBuilder();
        new TreeSet<>(tariff.holidays()).forEach(d -> holidays.add(d.toString()));
        return CanonicalJson.JSON.createObjectBuilder().add("granularity", granularity).add("seasons", seasons)
                .add("holidays", holidays).build();
    }

    public static CatalogTariff readTariff(JsonObject o) {
        int granularity = o.getInt("granularity");
        List<CatalogTariff.Season> seasons = new ArrayList<>();
        for (JsonObject s : o.getJsonArray("seasons").getValuesAs(JsonObject.class)) {
            Set<Month> months = EnumSet.noneOf(Month.class);
            s.getJsonArray("months").getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> months.add(
                    Month.of(n.intValue())));
            Map<TouPeriod, Double> prices = new EnumMap<>(TouPeriod.class);
            s.getJsonObject("prices").forEach((k, v) -> prices.put(TouPeriod.valueOf(k),
                    Double.parseDouble(((JsonString) v).getString())));
            seasons.add(new CatalogTariff.Season(s.getString("code"), months,
                    ScheduleText.parse(s.getString("workday"), granularity).slots(),
                    ScheduleText.parse(s.getString("holiday"), granularity).slots(), prices));
        }
        Set<LocalDate> holidays = new TreeSet<>();
        o.getJsonArray("holidays").getValuesAs(JsonString.class).forEach(d -> holidays.add(LocalDate.parse(
                d.getString())));
        return new CatalogTariff(seasons, holidays);
    }

    public static String dec(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static double num(JsonObject o, String key) {
        return o.containsKey(key) ? Double.parseDouble(o.getString(key)) : 0;
    }

    private static JsonArrayBuilder array(double[] values) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (double v : values) {
            a.add(dec(v));
        }
        return a;
    }

    private static double[] doubles(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().mapToDouble(s -> Double.parseDouble(s.getString())).toArray();
    }
}
