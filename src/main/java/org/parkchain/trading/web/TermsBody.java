package org.parkchain.trading.web;

import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
import org.parkchain.tariffs.control.TouPeriod;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.DayType;
import org.parkchain.trading.control.PriceKind;

/**
 * Contract terms from a JSON body: {@code sellerId}, {@code buyerId}, {@code start}, {@code end},
 * {@code profileWEEKDAY}, {@code profileWEEKEND}, {@code profileHOLIDAY} (24 or 96 kW values each),
 * {@code priceKind} ({@code FLAT} or {@code TIME_OF_USE}), {@code flatPrice} or {@code priceSHARP} … {@code priceVALLEY},
 * {@code band}, {@code overPenalty}, {@code underPenalty}, {@code paymentDays}. Wrong types are 400s naming the field;
 * what the values may be is the term sheet rules' business.
 */
final class TermsBody {
    private TermsBody() {
    }

    static ContractTerms read(JsonObject json) {
        JsonBody b = JsonBody.of(json);
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        for (DayType type : DayType.ALL) {
            double[] v = b.numbers("profile" + type.name());
            profile.put(type, v == null ? new double[0] : v);
        }
        String kind = b.string("priceKind");
        PriceKind priceKind = kind == null ? null : PriceKind.valueOf(Params.word("priceKind", kind,
                List.of("FLAT", "TIME_OF_USE")));
        double[] tou = new double[TouPeriod.ALL.length];
        for (TouPeriod p : TouPeriod.ALL) {
            tou[p.ordinal()] = orZero(b.number("price" + p.name()));
        }
        Long seller = b.whole("sellerId");
        Long buyer = b.whole("buyerId");
        Integer payment = b.integer("paymentDays");
        return new ContractTerms(seller == null ? 0 : seller, buyer == null ? 0 : buyer, b.date("start"), b.date("end"),
                profile, priceKind, orZero(b.number("flatPrice")), tou, orZero(b.number("band")),
                orZero(b.number("overPenalty")), orZero(b.number("underPenalty")), payment == null ? 0 : payment);
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
