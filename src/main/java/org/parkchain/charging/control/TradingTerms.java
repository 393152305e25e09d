package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The terms of trading charging rights: a slot can be traded from its day's allocation until {@code closeBefore}
 * before it starts; prices from 0 to {@code priceCap} CNY per kWh of right in steps of {@value #PRICE_STEP}; quantities
 * in lots of {@value #LOT_KW} kW; the auction rule (McAfee by default, or the k-double auction with κ); α, the bid
 * helper's urgency exponent; and the clearing interval (open orders are cleared at every full interval of the day).
 */
public record TradingTerms(Duration closeBefore, BigDecimal priceCap, DoubleAuction.Rule rule, double kappa,
                           double alpha, Duration clearingInterval) {
    public static final String LOT_KW = "0.1";
    public static final String PRICE_STEP = "0.001";
    private static final BigDecimal LOTS_PER_KW = BigDecimal.TEN;
    private static final BigDecimal TICKS_PER_CNY = BigDecimal.valueOf(1000);

    public TradingTerms {
        if (closeBefore.isNegative() || priceCap.signum() <= 0 || priceCap.scale() > 3
                || priceCap.compareTo(BigDecimal.valueOf(1000)) > 0 || kappa < 0 || kappa > 1 || alpha <= 0
                || clearingInterval.isNegative() || clearingInterval.isZero()) {
            throw new IllegalArgumentException("trading terms out of range");
        }
    }

    public DoubleAuction.Terms auction() {
        return new DoubleAuction.Terms(rule, kappa, 0, ticks(priceCap));
    }

    /** The first slot of {@code day} still open for trading at {@code now} (96 when none is). */
    public int firstOpenSlot(LocalDate day, LocalDateTime now) {
        for (int t = 0; t < CapacityMargin.SLOTS; t++) {
            if (now.isBefore(closesAt(day, t))) {
                return t;
            }
        }
        return CapacityMargin.SLOTS;
    }

    /** When trading in a slot closes, park time. */
    public LocalDateTime closesAt(LocalDate day, int slot) {
        return day.atStartOfDay().plusMinutes(15L * slot).minus(closeBefore);
    }

    /** The start of the clearing interval {@code now} is in (clearings happen at these instants). */
    public LocalDateTime lastClearingTime(LocalDateTime now) {
        long minutes = Math.max(1, clearingInterval.toMinutes());
        long since = Duration.between(now.toLocalDate().atStartOfDay(), now).toMinutes();
        return now.toLocalDate().atStartOfDay().plusMinutes(since / minutes * minutes);
    }

    public static long lots(BigDecimal kw) {
        return kw.multiply(LOTS_PER_KW).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal kw(long lots) {
        return BigDecimal.valueOf(lots, 1);
    }

    public static long ticks(BigDecimal price) {
        return price.multiply(TICKS_PER_CNY).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal price(long ticks) {
        return BigDecimal.valueOf(ticks, 3);
    }
}
