package org.parkchain.tariffs.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkchain.platform.LineProblem;

/**
 * A day's time-of-use schedule written the way a tariff notice states it, one range per line:
 * {@code 08:00-10:30 FLAT}. The ranges must cover the whole day without overlaps, each on the tariff's granularity
 * (15 minutes, or whole hours); {@code 24:00} ends the day.
 */
public final class ScheduleText {
    private ScheduleText() {
    }

    public record Parsed(TouPeriod[] slots, List<LineProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Parsed parse(String text, int granularityMinutes) {
        TouPeriod[] slots = new TouPeriod[CatalogTariff.SLOTS_PER_DAY];
        List<LineProblem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String[] range = parts[0].split("-");
            if (parts.length != 2 || range.length != 2) {
                problems.add(new LineProblem(i + 1, "error.schedule.format", line));
                continue;
            }
            int from = minutes(range[0]);
            int to = minutes(range[1]);
            TouPeriod period = period(parts[1]);
            if (from < 0 || to < 0 || to <= from) {
                problems.add(new LineProblem(i + 1, "error.schedule.range", parts[0]));
            } else if (from % granularityMinutes != 0 || to % granularityMinutes != 0) {
                problems.add(new LineProblem(i + 1, "error.schedule.granularity", parts[0], granularityMinutes));
            } else if (period == null) {
                problems.add(new LineProblem(i + 1, "error.schedule.period", parts[1]));
            } else {
                for (int q = from / CatalogTariff.SLOT_MINUTES; q < to / CatalogTariff.SLOT_MINUTES; q++) {
                    if (slots[q] != null) {
                        problems.add(new LineProblem(i + 1, "error.schedule.overlap", parts[0]));
                        break;
                    }
                    slots[q] = period;
                }
            }
        }
        if (problems.isEmpty()) {
            for (int q = 0; q < slots.length; q++) {
                if (slots[q] == null) {
                    problems.add(new LineProblem(lines.length, "error.schedule.gap", clock(q * CatalogTariff.SLOT_MINUTES)));
                    break;
                }
            }
        }
        return new Parsed(slots, List.copyOf(problems));
    }

    /** The schedule as ranges of equal periods, one per line. */
    public static String format(TouPeriod[] slots) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int q = 1; q <= slots.length; q++) {
            if (q == slots.length || slots[q] != slots[start]) {
                out.append(clock(start * CatalogTariff.SLOT_MINUTES)).append('-')
                        .append(clock(q * CatalogTariff.SLOT_MINUTES)).append(' ').append(slots[start]).append('\n');
                start = q;
            }
        }
        return out.toString();
    }

    public static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static int minutes(String clock) {
        String[] hm = clock.split(":");
        if (hm.length != 2 || !hm[0].matches("\\d{1,2}") || !hm[1].matches("\\d{2}")) {
            return -1;
        }
        int h = Integer.parseInt(hm[0]);
        int m = Integer.parseInt(hm[1]);
        if (m > 59 || h > 24 || h == 24 && m != 0) {
            return -1;
        }
        return h * 60 + m;
    }

    private static TouPeriod period(String name) {
        try {
            return TouPeriod.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
