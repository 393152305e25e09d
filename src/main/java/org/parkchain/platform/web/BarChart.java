package org.parkchain.platform.web;

import java.util.List;
import java.util.Locale;

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

    /** How values are written: on the scale ({@code ¥%,.0f}; kWh bare, the title names the unit) and in a tooltip. */
    public record Unit(String scale, String value) {
        public static final Unit YUAN = new Unit("¥%,.0f", "¥%,.2f");
        public static final Unit KWH = new Unit("%,.0f", "%,.0f kWh");
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
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pc-chart\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT + 24 * ((series.size() + 1)
                / 2), escape(title)));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    LEFT, WIDTH - 10, y, y, LEFT - 6, y + 4, String.format(Locale.ROOT, unit.scale(), scale * i / 4)));
        }
        for (int m = 0; m < groups; m++) {
            double x0 = LEFT + m * group + 4;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[m];
                double h = scale == 0 ? 0 : plotHeight * v / scale;
                out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s: %s</title></rect>", x0 + s * bar, TOP + plotHeight - h,
                        Math.max(1, bar - 1), h, COLOURS[s % COLOURS.length], escape(series.get(s).name()),
                        String.format(Locale.ROOT, unit.value(), v)));
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" "
                    + "text-anchor=\"middle\">%s</text>", x0 + (group - 8) / 2, HEIGHT - BOTTOM + 16,
                    escape(monthLabels[m])));
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + (s % 2) * 400;
            int y = HEIGHT + 24 * (s / 2) - 6;
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s</text>", x, y - 11, COLOURS[s % COLOURS.length],
                    x + 20, y, escape(series.get(s).name())));
        }
        return out.append("</svg>").toString();
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
