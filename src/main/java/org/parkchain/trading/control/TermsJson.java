package org.parkchain.trading.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * The canonical form of contract terms: sorted keys, numbers as their shortest decimal strings ({@code "0.45"}, never
 * {@code "0.450"} or {@code 4.5E-1}), dates ISO. Its SHA-256 is the terms' hash, the only trace of the terms on the
 * shared ledger; two copies activate a contract exactly when their hashes are equal.
 */
public final class TermsJson {
    private TermsJson() {
    }

    public static JsonObject json(ContractTerms t) {
        JsonObjectBuilder profile = CanonicalJson.JSON.createObjectBuilder();
        for (DayType type : DayType.ALL) {
            JsonArrayBuilder values = CanonicalJson.JSON.createArrayBuilder();
            for (double v : t.values(type)) {
                values.add(CanonicalJson.decimal(v));
            }
            profile.add(type.name(), values);
        }
        JsonObjectBuilder price = CanonicalJson.JSON.createObjectBuilder().add("kind", t.priceKind() == null ? ""
                : t.priceKind().name());
        if (t.priceKind() == PriceKind.TIME_OF_USE) {
            for (TouPeriod p : TouPeriod.ALL) {
                price.add(p.name(), CanonicalJson.decimal(t.touPrices()[p.ordinal()]));
            }
        } else {
            price.add("flat", CanonicalJson.decimal(t.flatPrice()));
        }
        return CanonicalJson.JSON.createObjectBuilder().add("sellerId", t.sellerId()).add("buyerId", t.buyerId())
                .add("start", String.valueOf(t.start())).add("end", String.valueOf(t.end())).add("profile", profile)
                .add("price", price).add("band", CanonicalJson.decimal(t.band()))
                .add("overPenalty", CanonicalJson.decimal(t.overPenalty()))
                .add("underPenalty", CanonicalJson.decimal(t.underPenalty())).add("paymentDays", t.paymentDays())
                .build();
    }

    public static String canonical(ContractTerms t) {
        return CanonicalJson.write(json(t));
    }

    /** The terms' hash: SHA-256 of the canonical JSON, hex. */
    public static String hash(ContractTerms t) {
        return Hashes.sha256Hex(canonical(t));
    }

    /** Reads terms written by {@link #json} (stored term sheets and copies). */
    public static ContractTerms read(JsonObject o) {
        JsonObject profileJson = o.getJsonObject("profile");
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        for (DayType type : DayType.ALL) {
            JsonArray values = profileJson.getJsonArray(type.name());
            double[] kw = new double[values.size()];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = Double.parseDouble(values.getString(i));
            }
            profile.put(type, kw);
        }
        JsonObject price = o.getJsonObject("price");
        PriceKind kind = PriceKind.valueOf(price.getString("kind"));
        double[] tou = new double[TouPeriod.ALL.length];
        double flat = 0;
        if (kind == PriceKind.TIME_OF_USE) {
            for (TouPeriod p : TouPeriod.ALL) {
                tou[p.ordinal()] = Double.parseDouble(price.getString(p.name()));
            }
        } else {
            flat = Double.parseDouble(price.getString("flat"));
        }
        return new ContractTerms(o.getJsonNumber("sellerId").longValue(), o.getJsonNumber("buyerId").longValue(),
                LocalDate.parse(o.getString("start")), LocalDate.parse(o.getString("end")), profile, kind, flat, tou,
                Double.parseDouble(o.getString("band")), Double.parseDouble(o.getString("overPenalty")),
                Double.parseDouble(o.getString("underPenalty")), o.getInt("paymentDays"));
    }

    public static ContractTerms read(String json) {
        return read(CanonicalJson.parseObject(json));
    }
}
