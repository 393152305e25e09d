package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.LineProblem;

class DeliveryCsvTest {
    static final YearMonth FEB = YearMonth.of(2027, 2);
    static final YearMonth NOW = YearMonth.of(2027, 3);

    static Optional<DeliveryCsv.Period> contracts(long id) {
        return id == 5 ? Optional.of(new DeliveryCsv.Period(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 12, 31)))
                : Optional.empty();
    }

    /** Every quarter hour of 20–28 February for contract 5, 2 kWh each. */
    static StringBuilder complete() {
        StringBuilder b = new StringBuilder("contract,interval,kWh\n");
        for (LocalDateTime t = LocalDateTime.of(2027, 2, 20, 0, 0); t.isBefore(LocalDateTime.of(2027, 3, 1, 0, 0));
             t = t.plusMinutes(15)) {
            b.append("5,").append(t.toString().replace('T', ' ')).append(",2\n");
        }
        return b;
    }

    List<String> keys(DeliveryCsv.Result r) {
        return r.problems().stream().map(p -> p.line() + ":" + p.key()).toList();
    }

    @Test
    void aCompleteMonthWithinThePeriodIsRead() {
        DeliveryCsv.Result r = DeliveryCsv.read(complete().toString(), DeliveryCsvTest::contracts, NOW);
        assertTrue(r.ok(), r.problems().toString());
        DeliveryCsv.Month m = r.months().get(0);
        assertEquals(FEB, m.month());
        assertEquals(28 * 96, m.kwh().length);
        assertEquals(0, m.kwh()[0]); // 1 February: before the period
        assertEquals(2, m.kwh()[19 * 96]);
        double total = 0;
        for (double v : m.kwh()) {
            total += v;
        }
        assertEquals(9 * 96 * 2, total, 1e-9);
    }

    @Test
    void everyBadLineIsNamedAndNothingIsRead() {
        String text = complete().toString()
                .replace("5,2027-02-20 00:15,2", "5,2027-02-20 00:15,2,1")
                .replace("5,2027-02-20 00:30,2", "6,2027-02-20 00:30,2")
                .replace("5,2027-02-20 00:45,2", "5,2027-02-20 00:50,2")
                .replace("5,2027-02-20 01:00,2", "5,2027-02-20 01:00,abc")
                .replace("5,2027-02-20 01:15,2", "5,2027-02-19 23:45,2")
                + "5,2027-02-21 00:00,2\n5,2027-03-01 00:00,2\n";
        DeliveryCsv.Result r = DeliveryCsv.read(text, DeliveryCsvTest::contracts, NOW);
        assertEquals(List.of("3:error.delivery.columns", "4:error.delivery.contract", "5:error.csv.boundary",
                "6:error.delivery.kwh", "7:error.delivery.outside", "866:error.csv.duplicate",
                "867:error.delivery.unfinished", "2:error.delivery.incomplete"), keys(r));
        assertEquals(List.of(), r.months());
    }

    @Test
    void aMissingQuarterHourIsReportedWithTheFirstOneMissing() {
        String text = complete().toString().replace("5,2027-02-22 10:15,2\n", "");
        LineProblem p = DeliveryCsv.read(text, DeliveryCsvTest::contracts, NOW).problems().get(0);
        assertEquals("error.delivery.incomplete", p.key());
        assertEquals(List.of(2L, 5L, "2027-02", 863, 864, "2027-02-22 10:15"), List.of(p.arguments()));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(List.of("1:error.delivery.empty"), keys(DeliveryCsv.read("contract,interval,kWh\n",
                DeliveryCsvTest::contracts, NOW)));
    }
}
