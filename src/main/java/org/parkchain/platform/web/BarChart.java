package org.parkchain.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A grouped bar chart as inline SVG: one group of bars per label (e.g. a month), one bar per series, a legend and a
 * labelled scale in the figures' unit. Drawn on the server so it needs no script and reads the same in every browser.
 * Used for the plans' expected monthly bills and the sales company's monthly position.
 */
public final class BarChart {
    static final String[] COLOURS = {"#1b6e3c", "#2f6fb0", "#c27c0e", "#8a8a8a"};
    private static final int WIDTH = 860;
    private static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int BOTTOM = 40;
    private static final int TOP = 16;

    private BarChart() {
    }

    /** One series: a name for the legend and one value per label. */
    public record Series(String name, double[] values) {
    }

    /**
     * How values are written: on the scale with no decimals ({@code ¥1,200}; kWh bare, the title names the unit) and
     * in a tooltip with {@code decimals} decimals, grouped by thousands, between {@code prefix} and {@code suffix}.
     */
    public record Unit(String prefix, int decimals, String suffix) {
        public static final Unit YUAN = new Unit("¥", 2, "");
        public static final Unit KWH = new Unit("", 0, " kWh");
    }

    public static String svg(List<Series> series, String[] monthLabels, String title) {
        return svg(series, monthLabels, title, Unit.YUAN);
    }

    public static String svg(List<Series> series, String[] monthLabels, String title, Unit unit) {
        int groups = monthLabels.length;
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
            }
        }
        double scale = niceCeiling(max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double group = (WIDTH - LEFT - 10) / (double) groups;
        double bar = (group - 8) / Math.max(1, series.size());
        Writer out = new Writer();
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-chart\" viewBox=\"0 0 ").number(WIDTH, 0)
                .raw(" ").number(HEIGHT + 24 * ((series.size() + 1) / 2), 0).raw("\" role=\"img\" aria-label=\"")
                .text(title).raw("\">");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            out.raw("<line x1=\"").number(LEFT, 0).raw("\" x2=\"").number(WIDTH - 10, 0).raw("\" y1=\"").number(y, 1)
                    .raw("\" y2=\"").number(y, 1).raw("\" stroke=\"#ddd\"/><text x=\"").number(LEFT - 6, 0)
                    .raw("\" y=\"").number(y + 4, 1).raw("\" font-size=\"11\" text-anchor=\"end\">")
                    .raw(unit.prefix()).grouped(scale * i / 4, 0).raw("</text>");
        }
        for (int m = 0; m < groups; m++) {
            double x0 = LEFT + m * group + 4;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[m];
                double h = scale == 0 ? 0 : plotHeight * v / scale;
                out.raw("<rect x=\"").number(x0 + s * bar, 1).raw("\" y=\"").number(TOP + plotHeight - h, 1)
                        .raw("\" width=\"").number(Math.max(1, bar - 1), 1).raw("\" height=\"").number(h, 1)
                        .raw("\" fill=\"").raw(COLOURS[s % COLOURS.length]).raw("\"><title>")
                        .text(series.get(s).name()).raw(": ").raw(unit.prefix()).grouped(v, unit.decimals())
                        .raw(unit.suffix()).raw("</title></rect>");
            }
            out.raw("<text x=\"").number(x0 + (group - 8) / 2, 1).raw("\" y=\"").number(HEIGHT - BOTTOM + 16, 0)
                    .raw("\" font-size=\"11\" text-anchor=\"middle\">").text(monthLabels[m]).raw("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + (s % 2) * 400;
            int y = HEIGHT + 24 * (s / 2) - 6;
            out.raw("<rect x=\"").number(x, 0).raw("\" y=\"").number(y - 11, 0)
                    .raw("\" width=\"14\" height=\"14\" fill=\"").raw(COLOURS[s % COLOURS.length])
                    .raw("\"/><text x=\"").number(x + 20, 0).raw("\" y=\"").number(y, 0)
                    .raw("\" font-size=\"13\">").text(series.get(s).name()).raw("</text>");
        }
        return out.raw("</svg>").toString();
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /**
     * Writes the SVG's markup, its numbers with a fixed number of decimals rounded half up (and, for the figures a
     * reader sees, grouped by thousands), without {@code String.format}, which cost more than the rest of a chart.
     */
    static final class Writer {
        private final StringBuilder out = new StringBuilder(8192);

        Writer raw(String s) {
            out.append(s);
            return this;
        }

        Writer text(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
            return this;
        }

        Writer number(double v, int decimals) {
            return write(v, decimals, false);
        }

        Writer grouped(double v, int decimals) {
            return write(v, decimals, true);
        }

        private Writer write(double v, int decimals, boolean grouped) {
            BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
            if (d.signum() < 0) {
                out.append('-');
                d = d.negate();
            }
            String digits = d.toPlainString();
            int point = decimals == 0 ? digits.length() : digits.length() - decimals - 1;
            for (int i = 0; i < point; i++) {
                if (grouped && i > 0 && (point - i) % 3 == 0) {
                    out.append(',');
                }
                out.append(digits.charAt(i));
            }
            out.append(digits, point, digits.length());
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
