package org.parkchain.trading;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import org.parkchain.platform.canonical.CanonicalJson;

/** Term sheets as an API client writes them. */
final class TradingTerms {
    private TradingTerms() {
    }

    static JsonObjectBuilder flat(long seller, long buyer, LocalDate start, LocalDate end, double price) {
        return CanonicalJson.JSON.createObjectBuilder().add("sellerId", seller).add("buyerId", buyer)
                .add("start", start.toString()).add("end", end.toString())
                .add("profileWEEKDAY", hours(24, 800)).add("profileWEEKEND", hours(24, 300))
                .add("profileHOLIDAY", hours(24, 200)).add("priceKind", "FLAT").add("flatPrice", price)
                .add("band", 0.1).add("overPenalty", 0.05).add("underPenalty", 0.04).add("paymentDays", 15);
    }

    static JsonArrayBuilder hours(int count, double kw) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (int i = 0; i < count; i++) {
            a.add(kw);
        }
        return a;
    }
}
