package org.parkchain.trading.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A settlement's figures as a statement keeps them: canonical JSON (so both parties sign the same bytes' hash), read
 * back for display, and the largest deviation of any line as a share of its contracted energy (what the regulator's
 * deviation list filters on).
 */
public final class StatementFigures {
    private StatementFigures() {
    }

    public static JsonObject json(Settlement.Result r) {
        JsonArrayBuilder lines = CanonicalJson.JSON.createArrayBuilder();
        for (Settlement.Line l : r.lines()) {
            lines.add(CanonicalJson.JSON.createObjectBuilder().add("dayType", l.dayType().name())
                    .add("period", l.period().name()).add("days", l.days())
                    .add("contractedKwh", CanonicalJson.decimal(l.contractedKwh()))
                    .add("deliveredKwh", CanonicalJson.decimal(l.deliveredKwh()))
                    .add("lowerKwh", CanonicalJson.decimal(l.lowerKwh()))
                    .add("upperKwh", CanonicalJson.decimal(l.upperKwh()))
                    .add("overKwh", CanonicalJson.decimal(l.overKwh()))
                    .add("underKwh", CanonicalJson.decimal(l.underKwh()))
                    .add("price", CanonicalJson.decimal(l.price()))
                    .add("energyAmount", l.energyAmount().toPlainString())
                    .add("overPenalty", l.overPenalty().toPlainString())
                    .add("underPenalty", l.underPenalty().toPlainString()));
        }
        return CanonicalJson.JSON.createObjectBuilder().add("month", r.month().toString()).add("lines", lines)
                .add("contractedKwh", CanonicalJson.decimal(r.contractedKwh()))
                .add("deliveredKwh", CanonicalJson.decimal(r.deliveredKwh()))
                .add("energyAmount", r.energyAmount().toPlainString()).add("penalties", r.penalties().toPlainString())
                .add("amountDue", r.amountDue().toPlainString()).build();
    }

    public static String canonical(Settlement.Result r) {
        return CanonicalJson.write(json(r));
    }

    public static String hash(String canonical) {
        return Hashes.sha256Hex(canonical);
    }

    public static Settlement.Result read(String canonical) {
        JsonObject o = CanonicalJson.parseObject(canonical);
        List<Settlement.Line> lines = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("lines")) {
            JsonObject l = v.asJsonObject();
            lines.add(new Settlement.Line(DayType.valueOf(l.getString("dayType")),
                    TouPeriod.valueOf(l.getString("period")), l.getInt("days"), d(l, "contractedKwh"),
                    d(l, "deliveredKwh"), d(l, "lowerKwh"), d(l, "upperKwh"), d(l, "overKwh"), d(l, "underKwh"),
                    d(l, "price"), new BigDecimal(l.getString("energyAmount")),
                    new BigDecimal(l.getString("overPenalty")), new BigDecimal(l.getString("underPenalty"))));
        }
        return new Settlement.Result(YearMonth.parse(o.getString("month")), List.copyOf(lines), d(o, "contractedKwh"),
                d(o, "deliveredKwh"), new BigDecimal(o.getString("energyAmount")),
                new BigDecimal(o.getString("penalties")), new BigDecimal(o.getString("amountDue")));
    }

    /** max over lines of |D − Q| / Q; a line with nothing contracted but something delivered counts as 1. */
    public static double maxDeviation(Settlement.Result r) {
        double max = 0;
        for (Settlement.Line l : r.lines()) {
            double share = l.contractedKwh() > 0 ? Math.abs(l.deviationKwh()) / l.contractedKwh()
                    : l.deliveredKwh() > 0 ? 1 : 0;
            max = Math.max(max, share);
        }
        return max;
    }

    private static double d(JsonObject o, String field) {
        return Double.parseDouble(o.getString(field));
    }
}
