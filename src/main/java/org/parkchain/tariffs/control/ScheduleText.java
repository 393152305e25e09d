package org.parkchain.tariffs.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.i18n.Messages;

/**
 * A day's time-of-use schedule written the way a tariff notice states it, one range per line:
 * {@code 08:00-10:30 Flat} or {@code 08:00-10:30 平段}. The period may be written in English or Chinese (as the pages
 * name it, or {@code 尖 峰 平 谷}) or as its code ({@code FLAT}); the schedule is shown in the reader's language. The
 * ranges must cover the whole day without overlaps, each on the tariff's granularity (15 minutes, or whole hours);
 * {@code 24:00} ends the day.
 */
public final class ScheduleText {
    /** The one-character names of the periods on Chinese tariff notices. */
    private static final String[] SHORT_CHINESE = {"尖", "峰", "平", "谷"};

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
            String[] parts = line.split("\\s+", 2);
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

    /** The schedule as ranges of equal periods, one per line, with the periods' codes (as stored). */
    public static String format(TouPeriod[] slots) {
        return format(slots, null);
    }

    /** The schedule as ranges of equal periods, one per line, with the periods named in {@code locale}. */
    public static String format(TouPeriod[] slots, Locale locale) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int q = 1; q <= slots.length; q++) {
            if (q == slots.length || slots[q] != slots[start]) {
                out.append(clock(start * CatalogTariff.SLOT_MINUTES)).append('-')
                        .append(clock(q * CatalogTariff.SLOT_MINUTES)).append(' ')
                        .append(locale == null ? slots[start].name() : word(slots[start], locale)).append('\n');
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

    /** The period's name in {@code locale}, as the pages show it (e.g. "Sharp peak", "尖峰"). */
    public static String word(TouPeriod period, Locale locale) {
        return Messages.text(locale, "period." + period.name());
    }

    /** All four periods' names in {@code locale}, to say which words a schedule accepts. */
    public static String words(Locale locale) {
        return Arrays.stream(TouPeriod.ALL).map(p -> word(p, locale)).collect(Collectors.joining(" / "));
    }

    private static TouPeriod period(String written) {
        String w = written.strip().replaceAll("\\s+", " ");
        for (TouPeriod p : TouPeriod.ALL) {
            if (p.name().equalsIgnoreCase(w) || word(p, Locale.ENGLISH).equalsIgnoreCase(w)
                    || word(p, Messages.CHINESE).equals(w) || SHORT_CHINESE[p.ordinal()].equals(w)) {
                return p;
            }
        }
        return null;
    }
}
