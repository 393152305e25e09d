package org.parkchain.profiles.control;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parkchain.platform.LineProblem;
import org.parkchain.tariffs.control.ScheduleText;

/**
 * Reads interval meter readings from CSV: {@code timestamp,kWh} (a resident's own file) or
 * {@code meter,timestamp,kWh} (the park's meter export, the meter being the user's credit code). Timestamps are the
 * interval's start in park local time ({@code 2026-01-31 13:45} or ISO {@code 2026-01-31T13:45}); a header line is
 * allowed. Each meter's readings are 15-minute or hourly (set by its first two readings), in order, without
 * duplicates or gaps, at most one year, non-negative and below what a small user's connection can draw. Every
 * problem is reported with its line number (the first {@value #MAX_PROBLEMS}); a file with any problem yields no
 * readings at all.
 */
public final class MeterCsv {
    public static final int MAX_PROBLEMS = 20;
    /** Average power above which a reading is absurd for a small or micro user. */
    public static final double MAX_KW = 1_000;
    public static final Duration MAX_SPAN = Duration.ofDays(366);
    static final long SWALLOW = 256L * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]",
            Locale.ROOT).withResolverStyle(java.time.format.ResolverStyle.STRICT);

    public enum Layout {
        READINGS(2), METERS(3);

        final int columns;

        Layout(int columns) {
            this.columns = columns;
        }
    }

    /** Readings per meter (the resident layout uses the meter ""), or the problems found. */
    public record Result(Map<String, LoadSeries> series, List<LineProblem> problems, long readings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Layout layout;
    private final long maxBytes;
    private final int minReadingsMinutes;
    private final List<LineProblem> problems = new ArrayList<>();
    private final Map<String, Meter> meters = new LinkedHashMap<>();
    private long readings;
    private boolean more;

    /**
     * @param maxBytes           files larger than this are refused as soon as the limit is passed
     * @param minReadingsMinutes the least time each meter's readings must cover (e.g. a day for a load profile)
     */
    public MeterCsv(Layout layout, long maxBytes, int minReadingsMinutes) {
        this.layout = layout;
        this.maxBytes = maxBytes;
        this.minReadingsMinutes = minReadingsMinutes;
    }

    public Result read(InputStream in) throws IOException {
        Limited limited = new Limited(in, maxBytes);
        BufferedReader reader = new BufferedReader(new InputStreamReader(limited, StandardCharsets.UTF_8), 1 << 16);
        long line = 0;
        String text;
        try {
            while ((text = reader.readLine()) != null && !more) {
                line++;
                if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (!text.isBlank() && !(line == 1 && header(text))) {
                    line(line, text.trim());
                }
            }
        } catch (TooLarge e) {
            swallow(in);
            problems.clear();
            problems.add(new LineProblem(line + 1, "error.csv.tooLarge", maxBytes / (1024 * 1024)));
            return new Result(Map.of(), List.copyOf(problems), 0);
        }
        swallow(in);
        if (meters.isEmpty() && problems.isEmpty()) {
            problems.add(new LineProblem(line, "error.csv.empty"));
        }
        for (Map.Entry<String, Meter> e : meters.entrySet()) {
            if (e.getValue().step == 0) {
                problem(new LineProblem(line, "error.csv.single", e.getKey()));
            } else if (e.getValue().count * Math.max(e.getValue().step, 15) < minReadingsMinutes) {
                problem(new LineProblem(line, "error.csv.tooFew", e.getKey(), minReadingsMinutes / 60));
            }
        }
        if (more) {
            problems.add(new LineProblem(line, "error.csv.more", MAX_PROBLEMS));
        }
        if (!problems.isEmpty()) {
            return new Result(Map.of(), List.copyOf(problems), 0);
        }
        Map<String, LoadSeries> series = new LinkedHashMap<>();
        meters.forEach((meter, m) -> series.put(meter, new LoadSeries(m.first, m.step, Arrays.copyOf(m.kWh,
                m.count))));
        return new Result(series, List.of(), readings);
    }

    /**
     * Reads what is left of an upload that was refused early (up to {@value #SWALLOW} bytes), as servers swallow
     * the rest of a refused request body, so that a client still sending gets the answer instead of a reset.
     */
    private static void swallow(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = SWALLOW;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private boolean header(String text) {
        String t = text.trim();
        return !t.isEmpty() && !Character.isDigit(t.charAt(0)) && t.toLowerCase(Locale.ROOT).contains("kwh");
    }

    private void line(long line, String text) {
        String[] cols = text.split(",", -1);
        if (cols.length != layout.columns) {
            problem(new LineProblem(line, layout == Layout.READINGS ? "error.csv.columns" : "error.csv.meterColumns",
                    cols.length));
            return;
        }
        String meterId = layout == Layout.METERS ? cols[0].trim() : "";
        if (layout == Layout.METERS && meterId.isEmpty()) {
            problem(new LineProblem(line, "error.csv.meter"));
            return;
        }
        String time = cols[layout.columns - 2].trim();
        String value = cols[layout.columns - 1].trim();
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(time, TIME);
        } catch (DateTimeParseException e) {
            problem(new LineProblem(line, "error.csv.date", time));
            return;
        }
        double kWh;
        try {
            kWh = new BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
            problem(new LineProblem(line, "error.csv.number", value));
            return;
        }
        Meter m = meters.computeIfAbsent(meterId, k -> new Meter());
        m.add(line, at, kWh, meterId);
    }

    private void problem(LineProblem p) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(p);
        } else {
            more = true;
        }
    }

    /** One meter's readings so far. */
    private final class Meter {
        LocalDateTime first;
        long firstLine;
        LocalDateTime last;
        int step;
        double[] kWh = new double[1024];
        int count;

        void add(long line, LocalDateTime at, double value, String meterId) {
            if (value < 0) {
                problem(new LineProblem(line, "error.csv.negative", format(value)));
            }
            if (first == null) {
                first = at;
                firstLine = line;
                if (at.getMinute() % 15 != 0 || at.getSecond() != 0) {
                    problem(new LineProblem(line, "error.csv.boundary", text(at), 15));
                }
            } else {
                long minutes = Duration.between(last, at).toMinutes();
                if (at.equals(last)) {
                    problem(new LineProblem(line, "error.csv.duplicate", text(at)));
                    return;
                }
                if (!at.isAfter(last)) {
                    problem(new LineProblem(line, "error.csv.order", text(at), text(last)));
                    return;
                }
                if (step == 0) {
                    step = minutes == 15 || minutes == 60 ? (int) minutes : -1;
                    if (step < 0 || (first.getHour() * 60 + first.getMinute()) % step != 0) {
                        problem(new LineProblem(line, "error.csv.step", minutes));
                        step = -1;
                    } else if (kWh[0] > MAX_KW * step / 60.0) {
                        problem(new LineProblem(firstLine, "error.csv.absurd", format(kWh[0]),
                                format(MAX_KW * step / 60.0)));
                    }
                } else if (step > 0 && minutes != step) {
                    problem(new LineProblem(line, "error.csv.gap", text(last.plusMinutes(step)),
                            text(at.minusMinutes(step)), step));
                }
                if (Duration.between(first, at).compareTo(MAX_SPAN) >= 0) {
                    problem(new LineProblem(line, "error.csv.span", text(first)));
                    more = true;
                    return;
                }
            }
            double limit = MAX_KW * Math.max(step, 15) / 60.0;
            if (value > (step == 0 ? MAX_KW : limit)) {
                problem(new LineProblem(line, "error.csv.absurd", format(value), format(step == 0 ? MAX_KW : limit)));
            }
            last = at;
            if (count == kWh.length) {
                kWh = Arrays.copyOf(kWh, count * 2);
            }
            kWh[count++] = value;
            readings++;
        }
    }

    private static String text(LocalDateTime t) {
        return t.toLocalDate() + " " + ScheduleText.clock(t.getHour() * 60 + t.getMinute());
    }

    private static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Stops reading once more than the limit has come in, without reading the rest of the upload. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long seen;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            seen += n;
            if (seen > limit) {
                throw new TooLarge();
            }
        }
    }
}
