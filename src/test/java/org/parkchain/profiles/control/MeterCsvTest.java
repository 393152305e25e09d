package org.parkchain.profiles.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MeterCsvTest {
    static MeterCsv.Result read(String csv) throws IOException {
        return new MeterCsv(MeterCsv.Layout.READINGS, 1 << 20, 60).read(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> keys(MeterCsv.Result r) {
        return r.problems().stream().map(p -> p.line() + " " + p.key()).toList();
    }

    @Test
    void readsQuarterHoursWithHeaderAndByteOrderMark() throws IOException {
        MeterCsv.Result r = read("\uFEFFtimestamp,kWh\n2026-03-01 00:00,0.25\n2026-03-01T00:15,0.5\n"
                + "2026-03-01 00:30:00,0\n2026-03-01 00:45,1.25\n\n");
        assertTrue(r.ok(), r.problems().toString());
        LoadSeries s = r.series().get("");
        assertEquals(LocalDateTime.of(2026, 3, 1, 0, 0), s.start());
        assertEquals(15, s.stepMinutes());
        assertArrayEquals(new double[] {0.25, 0.5, 0, 1.25}, s.kWh());
    }

    @Test
    void reportsEveryProblemByLineAndYieldsNothing() throws IOException {
        MeterCsv.Result r = read("timestamp,kWh\n2026-03-01 00:00,1\n2026-03-01 01:00,1,2\n2026-03-01 01:00,-1\n"
                + "2026-03-01 02:00,1\n2026-03-01 02:00,1\n2026-03-01 05:00,1\n2026-03-01 06:00,x\n"
                + "2026-02-30 07:00,1\n2026-03-01 06:00,1\n2026-03-01 07:00,1001\n");
        assertEquals(List.of("3 error.csv.columns", "4 error.csv.negative", "6 error.csv.duplicate",
                "7 error.csv.gap", "8 error.csv.number", "9 error.csv.date", "11 error.csv.absurd"), keys(r));
        assertTrue(r.series().isEmpty(), "a bad file yields no readings at all");
        assertEquals(List.of("2026-03-01 03:00", "2026-03-01 04:00", 60), List.of(r.problems().get(3).args()));
    }

    @Test
    void stepsMustBeQuarterHoursOrHoursOnTheirBoundary() throws IOException {
        assertEquals(List.of("2 error.csv.step"), keys(read("2026-03-01 00:00,1\n2026-03-01 00:30,1\n"
                + "2026-03-01 01:00,1\n")).subList(0, 1));
        assertEquals("1 error.csv.boundary", keys(read("2026-03-01 00:10,1\n2026-03-01 00:25,1\n")).get(0));
        assertEquals("3 error.csv.order", keys(read("2026-03-01 01:00,1\n2026-03-01 02:00,1\n2026-03-01 00:00,1\n"))
                .get(0));
    }

    @Test
    void absurdValuesDependOnTheStep() throws IOException {
        // 250 kWh in a quarter hour is 1,000 kW: the limit; 251 is over it
        StringBuilder ok = new StringBuilder();
        StringBuilder over = new StringBuilder();
        for (int q = 0; q < 8; q++) {
            String t = "2026-03-01 " + String.format("%02d:%02d", q / 4, q % 4 * 15);
            ok.append(t).append(",250\n");
            over.append(t).append(q == 0 ? ",251\n" : ",1\n");
        }
        assertTrue(read(ok.toString()).ok());
        assertEquals(List.of("1 error.csv.absurd"), keys(read(over.toString())));
    }

    @Test
    void moreThanAYearStopsAtTheFirstReadingBeyondIt() throws IOException {
        StringBuilder csv = new StringBuilder();
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
        for (int h = 0; h < 366 * 24 + 5; h++) {
            csv.append(t.plusHours(h).toString().replace('T', ' ')).append(",1\n");
        }
        MeterCsv.Result r = read(csv.toString());
        assertEquals((366 * 24 + 1) + " error.csv.span", keys(r).get(0));
    }

    @Test
    void filesOverTheLimitAreRefusedWithoutReadingThemIntoMemory() throws IOException {
        byte[] big = new byte[3 << 20];
        java.util.Arrays.fill(big, (byte) '1');
        MeterCsv.Result r = new MeterCsv(MeterCsv.Layout.READINGS, 1 << 20, 60).read(new ByteArrayInputStream(big));
        assertEquals(List.of("1 error.csv.tooLarge"), keys(r));
        assertEquals(1L, r.problems().get(0).args()[0]);
    }

    @Test
    void meterFilesInterleaveMeters() throws IOException {
        MeterCsv.Result r = new MeterCsv(MeterCsv.Layout.METERS, 1 << 20, 15).read(new ByteArrayInputStream((
                "meter,timestamp,kWh\nA,2026-03-01 00:00,1\nB,2026-03-01 00:00,2\nA,2026-03-01 01:00,3\n"
                        + "B,2026-03-01 01:00,4\nC,2026-03-01 00:00,5\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("6 error.csv.single"), keys(r), "meter C has one reading");
        r = new MeterCsv(MeterCsv.Layout.METERS, 1 << 20, 15).read(new ByteArrayInputStream((
                "A,2026-03-01 00:00,1\nB,2026-03-01 00:00,2\nA,2026-03-01 01:00,3\nB,2026-03-01 01:00,4\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(new double[] {1, 3}, r.series().get("A").kWh());
        assertArrayEquals(new double[] {2, 4}, r.series().get("B").kWh());
        assertEquals(4, r.readings());
    }

    @Property(tries = 100)
    void writtenReadingsReadBackExactly(@ForAll @Size(min = 4, max = 400) List<@DoubleRange(min = 0, max = 200)
            Double> values, @ForAll boolean quarterHours, @ForAll @IntRange(min = 0, max = 400) int dayOffset)
            throws IOException {
        int step = quarterHours ? 15 : 60;
        LocalDateTime start = LocalDateTime.of(2025, 1, 1, 0, 0).plusDays(dayOffset);
        StringBuilder csv = new StringBuilder("timestamp,kWh\n");
        for (int i = 0; i < values.size(); i++) {
            csv.append(start.plusMinutes((long) i * step).toString().replace('T', ' ')).append(',')
                    .append(values.get(i)).append('\n');
        }
        MeterCsv.Result r = new MeterCsv(MeterCsv.Layout.READINGS, 1 << 20, 0).read(new ByteArrayInputStream(
                csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(step, r.series().get("").stepMinutes());
        assertArrayEquals(values.stream().mapToDouble(Double::doubleValue).toArray(), r.series().get("").kWh());
    }
}
