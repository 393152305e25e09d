package org.parkchain.charging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.charging.control.DoubleAuction;
import org.parkchain.charging.control.TradingTerms;
import org.parkchain.platform.time.ParkCalendar;

/**
 * The park's terms of trading charging rights, from configuration ({@code parkchain.charging.trading.*}): how long
 * before a slot its trading closes (default PT30M), the price cap (default 2.000 CNY/kWh), the auction rule
 * (MCAFEE or K_DOUBLE) and κ, the bid helper's α, and the clearing interval (default PT1H); and the park clock.
 */
@ApplicationScoped
public class TradingDesk {
    @Inject
    ParkCalendar calendar;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.close-before", defaultValue = "PT30M")
    Duration closeBefore;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.price-cap", defaultValue = "2.000")
    BigDecimal priceCap;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.rule", defaultValue = "MCAFEE")
    String rule;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.kappa", defaultValue = "0.5")
    double kappa;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.alpha", defaultValue = "2")
    double alpha;

    @Inject
    @ConfigProperty(name = "parkchain.charging.trading.clearing-interval", defaultValue = "PT1H")
    Duration clearingInterval;

    public TradingTerms terms() {
        return new TradingTerms(closeBefore, priceCap, DoubleAuction.Rule.valueOf(rule.strip()), kappa, alpha,
                clearingInterval);
    }

    public LocalDateTime now() {
        return calendar.now();
    }

    /** A park time as an instant. */
    public java.time.Instant instant(LocalDateTime parkTime) {
        return parkTime.atZone(calendar.zone()).toInstant();
    }

    /** The first slot of a day still open for trading now (96: none). */
    public int firstOpenSlot(LocalDate day) {
        return terms().firstOpenSlot(day, now());
    }
}
