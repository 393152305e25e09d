package org.parkchain.charging.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a station operator types for an order in the call market or an offer on the P2P board: the station, the
 * delivery day, {@code BUY} or {@code SELL}, the slot range as park times ({@code HH:mm} on quarter hours, the end
 * exclusive; {@code 24:00} is the day's end), the quantity in kW of right per slot (steps of 0.1 kW), the price in CNY
 * per kWh of right, and for an offer the preferred partners' station codes (none: every station on the transformer).
 * Its rules are in {@link org.parkchain.charging.control.TradeRules}.
 */
public record TradeForm(Long stationId, LocalDate day, String side, String from, String to, BigDecimal quantityKw,
                        BigDecimal price, List<String> partners) {
    public TradeForm {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}
