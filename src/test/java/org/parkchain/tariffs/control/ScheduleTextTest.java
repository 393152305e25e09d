package org.parkchain.tariffs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkchain.profiles.control.AnnualProfile;
import org.parkchain.profiles.control.Archetype;
import org.parkchain.profiles.control.LoadSeries;

class ScheduleTextTest {
    @Test
    void parsesRangesOnTheGridAndFormatsThemBack() {
        String text = "00:00-08:00 VALLEY\n08:00-10:30 FLAT\n10:30-17:00 peak\n17:00-24:00 FLAT\n";
        ScheduleText.Parsed p = ScheduleText.parse(text, 15);
        assertTrue(p.ok(), p.problems().toString());
        assertEquals(TouPeriod.FLAT, p.slots()[41]);   // 10:15
        assertEquals(TouPeriod.PEAK, p.slots()[42]);   // 10:30
        assertEquals(TouPeriod.FLAT, p.slots()[95]);
        assertEquals(text.replace("peak", "PEAK"), ScheduleText.format(p.slots()));
    }

    /** Regression: the schedule showed the codes SHARP, PEAK, FLAT and VALLEY to Chinese readers. */
    @Test
    void schedulesAreReadAndWrittenInTheReadersLanguage() {
        ScheduleText.Parsed zh = ScheduleText.parse("00:00-08:00 低谷\n08:00-12:00 峰\n12:00-14:00 平段\n14:00-15:00 尖\n"
                + "15:00-24:00 Flat", 15);
        assertTrue(zh.ok(), zh.problems().toString());
        assertEquals("00:00-08:00 低谷\n08:00-12:00 高峰\n12:00-14:00 平段\n14:00-15:00 尖峰\n15:00-24:00 平段\n",
                ScheduleText.format(zh.slots(), org.parkchain.platform.i18n.Messages.CHINESE));
        ScheduleText.Parsed en = ScheduleText.parse("00:00-14:00 valley\n14:00-15:00 Sharp  peak\n15:00-24:00 FLAT", 60);
        assertTrue(en.ok(), en.problems().toString());
        assertEquals("00:00-14:00 Valley\n14:00-15:00 Sharp peak\n15:00-24:00 Flat\n",
                ScheduleText.format(en.slots(), java.util.Locale.ENGLISH));
        assertEquals("00:00-14:00 VALLEY\n14:00-15:00 SHARP\n15:00-24:00 FLAT\n", ScheduleText.format(en.slots()),
                "stored with the codes");
    }

    @Test
    void refusesOffGridOverlapsGapsAndUnknownPeriods() {
        assertEquals(List.of("2 error.schedule.granularity", "3 error.schedule.granularity"), keys(ScheduleText.parse(
                "00:00-08:00 VALLEY\n08:00-10:30 FLAT\n10:30-24:00 PEAK", 60)));
        assertEquals(List.of("2 error.schedule.overlap"), keys(ScheduleText.parse(
                "00:00-12:00 VALLEY\n11:00-24:00 FLAT", 15)));
        assertEquals(List.of("2 error.schedule.gap"), keys(ScheduleText.parse("00:00-12:00 VALLEY\n13:00-24:00 FLAT",
                15)));
        assertEquals(List.of("1 error.schedule.period", "2 error.schedule.range", "3 error.schedule.format"),
                keys(ScheduleText.parse("00:00-12:00 CHEAP\n12:00-25:00 FLAT\nnonsense", 15)));
    }

    @Test
    void tariffsSurviveTheirStoredForm() {
        CatalogTariff park = Tariffs.park();
        CatalogTariff back = TariffJson.read(TariffJson.write(park, 15));
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            for (int q = 0; q < 96; q++) {
                assertEquals(park.period(d.atStartOfDay().plusMinutes(q * 15L)),
                        back.period(d.atStartOfDay().plusMinutes(q * 15L)));
            }
        }
        for (Month m : Month.values()) {
            for (TouPeriod p : TouPeriod.values()) {
                assertEquals(park.price(m, p), back.price(m, p));
            }
        }
        assertEquals(park.holidays(), back.holidays());
    }

    @Test
    void archetypesAndTypedInMonthsMakeAYearOfTheGivenEnergy() {
        for (Archetype a : Archetype.values()) {
            AnnualProfile p = AnnualProfile.of(a, 20_000, Tariffs.park(), Year.of(2026));
            assertEquals(12, p.profile().months());
            assertEquals(20_000, p.profile().total(), 1e-6, a.name());
            assertTrue(p.profile().volatility() > 0, "the archetype's days vary");
        }
        double[] months = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200};
        AnnualProfile typed = AnnualProfile.of(months, Archetype.OFFICE, Tariffs.park(), Year.of(2026));
        for (int m = 0; m < 12; m++) {
            assertEquals(months[m], typed.profile().monthTotal(m), 1e-9);
        }
        assertEquals(Archetype.OFFICE.spread(), typed.profile().volatility());
        // an office uses nothing extra at weekends: its valley share is larger on a month with more weekend days
        assertTrue(typed.profile().kWh()[0][TouPeriod.PEAK.ordinal()] > 0);
    }

    @Test
    void readingsAreFoldedByCalendarMonthAndMissingMonthsEstimated() {
        // two weeks of 1 kWh an hour in March: March is extrapolated from its 14 days, other months get the
        // average day (24 kWh) times their length
        double[] kWh = new double[14 * 24];
        java.util.Arrays.fill(kWh, 1);
        AnnualProfile p = AnnualProfile.of(new LoadSeries(java.time.LocalDateTime.of(2026, 3, 2, 0, 0), 60, kWh),
                Tariffs.park(), Year.of(2026));
        assertEquals(31 * 24, p.profile().monthTotal(2), 1e-9);
        assertEquals(28 * 24, p.profile().monthTotal(1), 1e-9);
        assertEquals(365 * 24, p.profile().total(), 1e-6);
        assertEquals(14, p.measuredDays(), 1e-9);
        assertTrue(p.estimated()[2] && p.estimated()[0]);
    }

    private static List<String> keys(ScheduleText.Parsed p) {
        return p.problems().stream().map(x -> x.line() + " " + x.key()).toList();
    }
}
