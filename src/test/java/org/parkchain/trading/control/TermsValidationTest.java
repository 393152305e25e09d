package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.BusinessException;

class TermsValidationTest {
    static final LocalDate TODAY = LocalDate.of(2027, 1, 20);

    List<String> problems(ContractTerms t) {
        try {
            TermsValidation.check(t, 7, 9, TODAY).throwIfAny();
            return List.of();
        } catch (BusinessException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
        }
    }

    ContractTerms good() {
        return TradingFixtures.terms(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31), 10, 5, 2);
    }

    @Test
    void sensibleTermsPass() {
        assertEquals(List.of(), problems(good()));
        assertEquals(List.of(), problems(good().withParties(9, 7)));
    }

    @Test
    void aPeriodInThePastOrEndingBeforeItStartsIsRefused() {
        ContractTerms past = TradingFixtures.terms(TODAY.minusDays(1), TODAY.plusDays(30), 10, 5, 2);
        assertEquals(List.of("start:error.trading.terms.startPast"), problems(past));
        ContractTerms backwards = TradingFixtures.terms(TODAY.plusDays(30), TODAY.plusDays(29), 10, 5, 2);
        assertEquals(List.of("end:error.trading.terms.endBeforeStart"), problems(backwards));
        ContractTerms today = TradingFixtures.terms(TODAY, TODAY, 10, 5, 2);
        assertEquals(List.of(), problems(today));
        ContractTerms tooLong = TradingFixtures.terms(TODAY, TODAY.plusMonths(36), 10, 5, 2);
        assertEquals(List.of("end:error.trading.terms.tooLong"), problems(tooLong));
    }

    @Test
    void negativeAbsurdOrEmptyVolumesAreRefused() {
        assertEquals(List.of("profileWEEKDAY:error.trading.terms.profileValue"),
                problems(TradingFixtures.terms(TODAY, TODAY.plusDays(9), -1, 5, 2)));
        assertEquals(List.of("profileWEEKEND:error.trading.terms.profileValue"),
                problems(TradingFixtures.terms(TODAY, TODAY.plusDays(9), 10, 200_001, 2)));
        assertEquals(List.of("profileHOLIDAY:error.trading.terms.profileValue"),
                problems(TradingFixtures.terms(TODAY, TODAY.plusDays(9), 10, 5, Double.NaN)));
        assertEquals(List.of("profileWEEKDAY:error.trading.terms.profileEmpty"),
                problems(TradingFixtures.terms(TODAY, TODAY.plusDays(9), 0, 0, 0)));
    }

    @Test
    void aProfileWithTheWrongNumberOfValuesIsRefused() {
        ContractTerms g = good();
        Map<DayType, double[]> profile = new EnumMap<>(g.profile());
        profile.put(DayType.WEEKEND, new double[23]);
        assertEquals(List.of("profileWEEKEND:error.trading.terms.profileCount"), problems(with(g, profile)));
        profile.put(DayType.WEEKEND, TradingFixtures.hourly(5));
        profile.put(DayType.HOLIDAY, new double[96]);
        assertEquals(List.of("profileHOLIDAY:error.trading.terms.profileCount"), problems(with(g, profile)));
    }

    @Test
    void pricesBandPenaltiesPaymentAndPartiesAreChecked() {
        ContractTerms g = good();
        ContractTerms bad = new ContractTerms(7, 8, g.start(), g.end(), g.profile(), PriceKind.TIME_OF_USE, 0,
                new double[] {0.9, 0, 0.5, 5.01}, 0.6, -0.1, 5.5, 0);
        assertEquals(List.of("sellerId:error.trading.terms.parties", "pricePEAK:error.trading.terms.price",
                "priceVALLEY:error.trading.terms.price", "band:error.trading.terms.band",
                "overPenalty:error.trading.terms.penalty", "underPenalty:error.trading.terms.penalty",
                "paymentDays:error.trading.terms.paymentDays"), problems(bad));
        ContractTerms noKind = new ContractTerms(7, 9, g.start(), g.end(), g.profile(), null, 0, null, 0.1, 0, 0, 5);
        assertTrue(problems(noKind).contains("priceKind:error.trading.terms.priceKind"));
        ContractTerms sameParty = g.withParties(7, 7);
        assertEquals(List.of("sellerId:error.trading.terms.parties"), problems(sameParty));
    }

    static ContractTerms with(ContractTerms t, Map<DayType, double[]> profile) {
        return new ContractTerms(t.sellerId(), t.buyerId(), t.start(), t.end(), profile, t.priceKind(), t.flatPrice(),
                t.touPrices(), t.band(), t.overPenalty(), t.underPenalty(), t.paymentDays());
    }
}
