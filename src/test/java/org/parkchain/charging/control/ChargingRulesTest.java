package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.charging.entity.RequirementForm;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.Problems;

/** The gate, the base-load CSV and the rules of a requirement, case by case. */
class ChargingRulesTest {
    static final GateClosure GATE = new GateClosure(LocalTime.of(18, 0));
    static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 2, 9, 30);
    static final LocalDate TOMORROW = LocalDate.of(2026, 12, 3);

    @Test
    void theGateClosesAtSixTheDayBefore() {
        assertEquals(LocalDateTime.of(2026, 12, 2, 18, 0), GATE.closesAt(TOMORROW));
        assertTrue(GATE.isOpen(TOMORROW, MORNING));
        assertFalse(GATE.isOpen(TOMORROW, LocalDateTime.of(2026, 12, 2, 18, 0)));
        assertEquals(TOMORROW, GATE.nextOpenDay(MORNING));
        assertEquals(TOMORROW.plusDays(1), GATE.nextOpenDay(LocalDateTime.of(2026, 12, 2, 19, 0)));
        assertEquals(TOMORROW, GATE.lastClosedDay(LocalDateTime.of(2026, 12, 2, 19, 0)));
        assertFalse(GATE.isOpen(TOMORROW.plusDays(GateClosure.DAYS_AHEAD), MORNING), "at most a week ahead");
        assertEquals(LocalTime.of(17, 30), GateClosure.parse("17:30").time());
    }

    @Test
    void aCompleteBaseLoadFileIsRead() {
        StringBuilder csv = new StringBuilder("slot_start,base_load_kw\n");
        for (int t = 0; t < 96; t++) {
            csv.append(SlotTimes.label(t)).append(',').append(100 + t).append('\n');
        }
        BaseLoadCsv.Parsed p = BaseLoadCsv.parse(csv.toString());
        assertTrue(p.problems().isEmpty(), p.problems().toString());
        assertEquals(100, p.kw()[0]);
        assertEquals(195, p.kw()[95]);
        assertEquals(csv.toString(), BaseLoadCsv.write(p.kw()).replace(".0", ""));
    }

    @Test
    void aMalformedBaseLoadFileNamesEveryBadLine() {
        BaseLoadCsv.Parsed p = BaseLoadCsv.parse("slot,kw\n00:00,12\n00:07,3\n00:15,-4\n00:00,5\nnonsense\n");
        List<String> keys = p.problems().stream().map(l -> l.line() + " " + l.key()).toList();
        assertEquals(List.of("3 error.baseLoad.time", "4 error.baseLoad.kw", "5 error.baseLoad.duplicate",
                "6 error.baseLoad.columns"), keys);
        BaseLoadCsv.Parsed partial = BaseLoadCsv.parse("slot,kw\n00:00,12\n");
        LineProblem missing = partial.problems().get(0);
        assertEquals("error.baseLoad.missing", missing.key());
        assertEquals(95, missing.args()[0]);
        assertEquals("error.baseLoad.empty", BaseLoadCsv.parse("").problems().get(0).key());
    }

    static RequirementForm form(String energy, String min, String max, String from, String to) {
        return new RequirementForm(1L, TOMORROW, new BigDecimal(energy), new BigDecimal(min), new BigDecimal(max),
                from, to, 3, new BigDecimal("0.2"));
    }

    static List<String> problems(RequirementForm f, LocalDateTime now) {
        Problems problems = new Problems();
        RequirementRules.check(f, new BigDecimal("120"), GATE, now, problems);
        try {
            problems.throwIfAny();
            return List.of();
        } catch (BusinessException e) {
            return e.problems().stream().map(p -> p.field() + " " + p.key()).toList();
        }
    }

    @Test
    void aSaneRequirementBecomesTheAllocationsRequest() {
        Problems problems = new Problems();
        FairAllocation.Request r = RequirementRules.check(form("300", "10", "100", "18:00", "23:00"),
                new BigDecimal("120"), GATE, MORNING, problems);
        assertNotNull(r);
        assertEquals(72, r.from());
        assertEquals(92, r.to());
        assertEquals(3, r.weight());
    }

    @Test
    void unreachableEnergySaysHowMuchIsMissing() {
        Problems problems = new Problems();
        assertNull(RequirementRules.check(form("600", "0", "100", "18:00", "23:00"), new BigDecimal("120"), GATE,
                MORNING, problems));
        BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(BusinessException.class,
                problems::throwIfAny);
        BusinessException.Problem p = e.problems().get(0);
        assertEquals("error.requirement.unreachable", p.key());
        assertEquals(new BigDecimal("500"), p.args()[1], "100 kW × 5 h");
        assertEquals(new BigDecimal("100"), p.args()[2], "100 kWh short");
    }

    @Test
    void badFiguresAreEachRefused() {
        assertEquals(List.of("minKw error.requirement.minAboveMax"), problems(form("50", "60", "50", "18:00",
                "23:00"), MORNING));
        assertEquals(List.of("maxKw error.requirement.maxKw"), problems(form("50", "0", "150", "18:00", "23:00"),
                MORNING));
        assertEquals(List.of("departure error.requirement.departureBeforeArrival"), problems(form("50", "0", "50",
                "18:00", "17:00"), MORNING));
        assertEquals(List.of("energyKwh error.requirement.energy", "minKw error.requirement.minKw"),
                problems(form("-5", "-1", "50", "18:00", "23:00"), MORNING));
        assertEquals(List.of("energyKwh error.requirement.energy"), problems(form("1000000", "0", "50", "00:00",
                "24:00"), MORNING));
        assertEquals(List.of("arrival error.requirement.time"), problems(form("50", "0", "50", "18:10", "23:00"),
                MORNING));
        assertEquals(List.of("minKw error.requirement.minTooHigh"), problems(form("50", "40", "50", "18:00",
                "23:00"), MORNING));
    }

    @Test
    void aDayInThePastOrAfterGateClosureIsRefused() {
        assertEquals(List.of("day error.requirement.gateClosed"), problems(form("50", "0", "50", "18:00", "23:00"),
                LocalDateTime.of(2026, 12, 2, 18, 1)));
        assertEquals(List.of("day error.requirement.past"), problems(form("50", "0", "50", "18:00", "23:00"),
                LocalDateTime.of(2026, 12, 3, 8, 0)));
    }
}
