package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.platform.LineProblem;

/**
 * A base-load forecast for one transformer and day as CSV: a header line, then one line per 15-minute slot,
 * {@code slot start (HH:mm),kW}, all 96 slots once each, every figure at least 0 and at most {@value #MAX_KW} kW.
 * Every problem is reported with its line number.
 */
public final class BaseLoadCsv {
    public static final double MAX_KW = 1_000_000;

    private BaseLoadCsv() {
    }

    public record Parsed(double[] kw, List<LineProblem> problems) {
    }

    public static Parsed parse(String text) {
        List<LineProblem> problems = new ArrayList<>();
        double[] kw = new double[CapacityMargin.SLOTS];
        boolean[] seen = new boolean[CapacityMargin.SLOTS];
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n", -1);
        int data = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            data++;
            String[] cells = line.split("[,;]", -1);
            if (cells.length != 2) {
                problems.add(new LineProblem(i + 1, "error.baseLoad.columns"));
                continue;
            }
            Integer slot = slot(cells[0].strip());
            if (slot == null) {
                problems.add(new LineProblem(i + 1, "error.baseLoad.time", cells[0].strip()));
            } else if (seen[slot]) {
                problems.add(new LineProblem(i + 1, "error.baseLoad.duplicate", cells[0].strip()));
            } else {
                seen[slot] = true;
            }
            try {
                double v = new BigDecimal(cells[1].strip()).doubleValue();
                if (v < 0 || v > MAX_KW) {
                    problems.add(new LineProblem(i + 1, "error.baseLoad.kw", cells[1].strip()));
                } else if (slot != null) {
                    kw[slot] = v;
                }
            } catch (NumberFormatException e) {
                problems.add(new LineProblem(i + 1, "error.baseLoad.kw", cells[1].strip()));
            }
        }
        if (lines.length < 2 || data == 0) {
            problems.add(new LineProblem(1, "error.baseLoad.empty"));
        } else if (problems.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (int t = 0; t < CapacityMargin.SLOTS; t++) {
                if (!seen[t]) {
                    missing.add(SlotTimes.label(t));
                }
            }
            if (!missing.isEmpty()) {
                problems.add(new LineProblem(lines.length, "error.baseLoad.missing", missing.size(),
                        String.join(", ", missing.subList(0, Math.min(6, missing.size())))));
            }
        }
        return new Parsed(kw, problems);
    }

    private static Integer slot(String cell) {
        try {
            LocalTime t = LocalTime.parse(cell.length() == 4 ? "0" + cell : cell);
            return t.getMinute() % 15 == 0 && t.getSecond() == 0 ? t.getHour() * 4 + t.getMinute() / 15 : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The forecast as this CSV (what the export and the admin page's download give). */
    public static String write(double[] kw) {
        StringBuilder out = new StringBuilder("slot_start,base_load_kw\n");
        for (int t = 0; t < kw.length; t++) {
            out.append(SlotTimes.label(t)).append(',').append(SlotTimes.figure(kw[t])).append('\n');
        }
        return out.toString();
    }
}
