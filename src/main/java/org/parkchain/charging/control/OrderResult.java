package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.parkchain.charging.entity.Fill;

/**
 * What an order got in its clearing: kWh filled over its slots, the money (owed by a buyer, owed to a seller) and the
 * average price per kWh (null when nothing was filled).
 */
public record OrderResult(BigDecimal filledKwh, BigDecimal amountCny, BigDecimal averagePrice) {
    public static OrderResult of(long orderId, List<Fill> fills) {
        BigDecimal kwh = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        for (Fill f : fills) {
            if (f.getOrderId() != null && f.getOrderId() == orderId) {
                kwh = kwh.add(f.getKw().multiply(Fill.SLOT_HOURS));
                amount = amount.add(f.getAmountCny());
            }
        }
        return new OrderResult(kwh, amount, kwh.signum() == 0 ? null : amount.divide(kwh, 3, RoundingMode.HALF_EVEN));
    }
}
