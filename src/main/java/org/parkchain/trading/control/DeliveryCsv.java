package org.parkchain.trading.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.parkchain.platform.LineProblem;

/**
 * Reads metered delivery of bilateral contracts from CSV: {@code contract,interval,kWh}, one line per quarter hour,
 * the interval's start in park local time ({@code 2026-11-01 00:15}); a header line is allowed. Rules: the contract is
 * an active contract the importer may deliver for; the interval starts on a quarter hour inside the contract's
 * delivery period and in a finished month; kWh is a number from 0 to {@value #MAX_KWH}; no interval twice; and every
 * contract and month in the file is complete (every quarter hour of the month's delivery days). Every problem is
 * reported with its line number (the first {@value #MAX_PROBLEMS}); a file with any problem yields nothing.
 */
public final class DeliveryCsv {
    public static final int MAX_PROBLEMS = 20;
    /** 200 MW for a quarter hour: the most a contract's profile may hold. */
    public static final double MAX_KWH = TermsValidation.MAX_KW / 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]",
            Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** What the reader needs to know about a contract: its delivery period, if the importer may deliver for it. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** One contract's month: kWh per quarter hour of the whole month ({@code days × 96}, 0 outside the period). */
    public record Month(long contractId, YearMonth month, double[] kwh) {
    }

    public record Result(List<Month> months, List<LineProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DeliveryCsv() {
    }

    /**
     * @param contracts  the delivery period of a contract id, or empty when there is no such active contract for the
     *                   importer
     * @param thisMonth  the park's current month: only months before it can be delivered
     */
    public static Result read(String text, LongFunction<Optional<Period>> contracts, YearMonth thisMonth) {
        List<LineProblem> problems = new ArrayList<>();
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, BitSet> seen = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            long n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || i == 0 && line.toLowerCase(Locale.ROOT).startsWith("contract")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            if (cols.length != 3) {
                problems.add(new LineProblem(n, "error.delivery.columns", cols.length));
                continue;
            }
            Long contract = whole(cols[0].strip());
            Optional<Period> period = contract == null ? Optional.empty() : contracts.apply(contract);
            if (period.isEmpty()) {
                problems.add(new LineProblem(n, "error.delivery.contract", cols[0].strip()));
                continue;
            }
            LocalDateTime at;
            try {
                at = LocalDateTime.parse(cols[1].strip(), TIME);
            } catch (DateTimeParseException e) {
                problems.add(new LineProblem(n, "error.csv.date", cols[1].strip()));
                continue;
            }
            Double kwh = number(cols[2].strip());
            if (kwh == null || kwh < 0 || kwh > MAX_KWH) {
                problems.add(new LineProblem(n, "error.delivery.kwh", cols[2].strip(), (long) MAX_KWH));
                continue;
            }
            LocalDate day = at.toLocalDate();
            if (at.getMinute() % 15 != 0 || at.getSecond() != 0) {
                problems.add(new LineProblem(n, "error.csv.boundary", cols[1].strip(), 15));
            } else if (day.isBefore(period.get().start()) || day.isAfter(period.get().end())) {
                problems.add(new LineProblem(n, "error.delivery.outside", cols[1].strip(), contract,
                        period.get().start(), period.get().end()));
            } else if (!YearMonth.from(day).isBefore(thisMonth)) {
                problems.add(new LineProblem(n, "error.delivery.unfinished", YearMonth.from(day).toString()));
            } else {
                YearMonth month = YearMonth.from(day);
                String key = contract + "/" + month;
                double[] v = values.computeIfAbsent(key, k -> new double[month.lengthOfMonth() * 96]);
                BitSet s = seen.computeIfAbsent(key, k -> new BitSet());
                firstLine.putIfAbsent(key, n);
                int slot = (day.getDayOfMonth() - 1) * 96 + at.getHour() * 4 + at.getMinute() / 15;
                if (s.get(slot)) {
                    problems.add(new LineProblem(n, "error.csv.duplicate", cols[1].strip()));
                }
                s.set(slot);
                v[slot] = kwh;
            }
        }
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(new LineProblem(lines.length, "error.csv.more", MAX_PROBLEMS));
        }
        List<Month> months = new ArrayList<>();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            long contract = Long.parseLong(e.getKey().substring(0, e.getKey().indexOf('/')));
            YearMonth month = YearMonth.parse(e.getKey().substring(e.getKey().indexOf('/') + 1));
            Period p = contracts.apply(contract).orElseThrow();
            int expected = 0;
            int missingAt = -1;
            BitSet s = seen.get(e.getKey());
            for (int slot = 0; slot < e.getValue().length; slot++) {
                LocalDate day = month.atDay(slot / 96 + 1);
                if (!day.isBefore(p.start()) && !day.isAfter(p.end())) {
                    expected++;
                    if (!s.get(slot) && missingAt < 0) {
                        missingAt = slot;
                    }
                }
            }
            if (missingAt >= 0) {
                LocalDateTime first = month.atDay(missingAt / 96 + 1).atStartOfDay().plusMinutes(15L * (missingAt % 96));
                problems.add(new LineProblem(firstLine.get(e.getKey()), "error.delivery.incomplete", contract,
                        month.toString(), s.cardinality(), expected, first.toString().replace('T', ' ')));
            }
            months.add(new Month(contract, month, e.getValue()));
        }
        if (problems.isEmpty() && months.isEmpty()) {
            problems.add(new LineProblem(1, "error.delivery.empty"));
        }
        return new Result(problems.isEmpty() ? months : List.of(), problems);
    }

    private static Long whole(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
