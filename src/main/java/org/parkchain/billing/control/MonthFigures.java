package org.parkchain.billing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkchain.billing.entity.Bill;

/**
 * A sales company's volumes and revenue of one month, from the bills issued for it: how many customers were billed,
 * their energy and the bills' totals.
 */
public record MonthFigures(LocalDate month, long customers, BigDecimal kWh, BigDecimal revenue) {

    /** One row per billed month, newest first. */
    public static List<MonthFigures> of(List<Bill> bills) {
        Map<LocalDate, List<Bill>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (Bill b : bills) {
            byMonth.computeIfAbsent(b.getMonth(), k -> new ArrayList<>()).add(b);
        }
        List<MonthFigures> rows = new ArrayList<>();
        byMonth.forEach((m, month) -> rows.add(new MonthFigures(m, month.stream().map(Bill::getParticipantId)
                .distinct().count(), month.stream().map(Bill::getTotalKwh).reduce(BigDecimal.ZERO, BigDecimal::add),
                month.stream().map(Bill::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add))));
        return rows;
    }
}
