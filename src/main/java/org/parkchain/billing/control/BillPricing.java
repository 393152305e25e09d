package org.parkchain.billing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.parkchain.plans.control.BillCalculator;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.tariffs.control.CatalogTariff;

/**
 * How one agreement's month is priced. Rules: the readings of the days the agreement was in force are priced with the
 * plan's terms by the same {@link BillCalculator} as the recommendation, a contracted monthly volume prorated to those
 * days; the sign-up fee falls in the agreement's first month and its exit fee (if it ends early) in its last; beside
 * it, what the catalog tariff would have cost for the same readings. Energy is kept to the watt-hour (3 decimals),
 * money to the fen (2 decimals), rounded half up.
 */
public final class BillPricing {
    private BillPricing() {
    }

    /** The priced month: energy by tariff period, and the bill's amounts. */
    public record Priced(double[] kWhByPeriod, BigDecimal totalKwh, BigDecimal energy, BigDecimal penalty,
                         BigDecimal fees, BigDecimal catalogCost) {
    }

    /**
     * @param start         the first day billed (the month's first, or the agreement's start)
     * @param end           the last day billed (the month's last, or the agreement's end)
     * @param kWhByPeriod   the month's readings by tariff period
     * @param agreementEnds the agreement's end date, or null while it runs
     * @param exitFee       the agreement's exit fee, or null when it has none
     */
    public static Priced price(PlanTerms planTerms, CatalogTariff catalog, YearMonth month, LocalDate start,
                               LocalDate end, double[] kWhByPeriod, double totalKwh, LocalDate agreementStarts,
                               LocalDate agreementEnds, BigDecimal exitFee) {
        PlanTerms terms = planTerms;
        double days = end.toEpochDay() - start.toEpochDay() + 1;
        if (terms.contractedKwh() > 0) {
            terms = terms.withVolume(terms.contractedKwh() * days / month.lengthOfMonth(), terms.band(),
                    terms.overPrice(), terms.underPrice());
        }
        BillCalculator.MonthlyCharge charge = BillCalculator.month(terms, catalog, month.getMonth(), kWhByPeriod);
        double catalogCost = BillCalculator.month(PlanTerms.catalog(), catalog, month.getMonth(), kWhByPeriod).total();
        BigDecimal fees = BigDecimal.ZERO;
        if (YearMonth.from(agreementStarts).equals(month)) {
            fees = fees.add(BigDecimal.valueOf(terms.signUpFee()));
        }
        if (agreementEnds != null && YearMonth.from(agreementEnds).equals(month) && exitFee != null) {
            fees = fees.add(exitFee);
        }
        return new Priced(kWhByPeriod, BigDecimal.valueOf(totalKwh).setScale(3, RoundingMode.HALF_UP),
                yuan(charge.energy()), yuan(charge.penalty()), fees.setScale(2, RoundingMode.HALF_UP), yuan(catalogCost));
    }

    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
