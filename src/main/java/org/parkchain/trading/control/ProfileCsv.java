package org.parkchain.trading.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parkchain.platform.LineProblem;

/**
 * A term sheet's volume profile from CSV, as a spreadsheet writes it: {@code slot,weekday,weekend,holiday} with 24
 * (hourly) or 96 (quarter-hourly) lines of kW, an optional header line, the first column being the hour or quarter
 * hour it is (ignored beyond being there). Every problem is reported with its line number; a file with any problem
 * yields no profile.
 */
public final class ProfileCsv {
    private ProfileCsv() {
    }

    public record Result(Map<DayType, double[]> profile, List<LineProblem> problems) {
    }

    public static Result read(String text) {
        List<LineProblem> problems = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || i == 0 && !line.isEmpty() && Character.isLetter(line.charAt(0))
                    && line.toLowerCase(Locale.ROOT).contains("weekday")) {
                continue;
            }
            String[] cols = line.split("[,;\t]", -1);
            if (cols.length != 4) {
                problems.add(new LineProblem(i + 1, "error.trading.profileCsv.columns", cols.length));
                continue;
            }
            double[] row = new double[3];
            for (int c = 0; c < 3; c++) {
                try {
                    row[c] = Double.parseDouble(cols[c + 1].strip());
                } catch (NumberFormatException e) {
                    problems.add(new LineProblem(i + 1, "error.trading.profileCsv.number", cols[c + 1].strip()));
                }
            }
            rows.add(row);
        }
        if (problems.isEmpty() && rows.size() != 24 && rows.size() != 96) {
            problems.add(new LineProblem(lines.length, "error.trading.profileCsv.rows", rows.size()));
        }
        Map<DayType, double[]> profile = new EnumMap<>(DayType.class);
        if (problems.isEmpty()) {
            for (DayType type : DayType.ALL) {
                double[] v = new double[rows.size()];
                for (int r = 0; r < v.length; r++) {
                    v[r] = rows.get(r)[type.ordinal()];
                }
                profile.put(type, v);
            }
        }
        return new Result(profile, problems);
    }
}
