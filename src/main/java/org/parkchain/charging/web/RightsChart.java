package org.parkchain.charging.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.parkchain.charging.boundary.Rights;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.i18n.Messages;

/**
 * A run's transformer loading over the 96 slots as a Chart.js configuration for PrimeFaces' {@code p:chart}: bars
 * stacked from the base load up, one series per station the reader may see (the others together as one), and the
 * limit charging works under ({@code S·cosφ − reserve}) as a line across them.
 */
final class RightsChart {
    static final String[] COLOURS = {"#1b6e3c", "#2f6fb0", "#c27c0e", "#8e44ad", "#16a085", "#d35400", "#2c3e50",
        "#7f8c8d"};

    private RightsChart() {
    }

    static String json(Rights.Report report, Locale locale) {
        return json(report, locale, false);
    }

    /** The loading as allocated, or ({@code afterTrading}) with each station's rights as they stand after trading. */
    static String json(Rights.Report report, Locale locale, boolean afterTrading) {
        double[] base = report.allocation().baseLoadKw();
        double[] others = report.allocation().totalKw();
        JsonArrayBuilder datasets = CanonicalJson.JSON.createArrayBuilder();
        datasets.add(bars(Messages.text(locale, "charging.chart.baseLoad"), base, "#b8b8b8"));
        int c = 0;
        for (Rights.Row row : report.rows()) {
            double[] kw = afterTrading ? row.currentKw() : row.right().kw();
            for (int t = 0; t < kw.length; t++) {
                others[t] -= kw[t];
            }
            datasets.add(bars(row.station().getCode(), kw, COLOURS[c++ % COLOURS.length]));
        }
        if (java.util.Arrays.stream(others).anyMatch(v -> v > 1e-6)) {
            datasets.add(bars(Messages.text(locale, "charging.chart.others"), others, "#5d6d7e"));
        }
        double[] limit = new double[base.length];
        java.util.Arrays.fill(limit, report.allocation().getLimitKw().doubleValue());
        datasets.add(CanonicalJson.JSON.createObjectBuilder().add("type", "line")
                .add("label", Messages.text(locale, "charging.chart.limit")).add("data", RightsJson.numbers(limit))
                .add("borderColor", "#c0392b").add("borderWidth", 2).add("pointRadius", 0).add("stack", "limit"));
        JsonArrayBuilder labels = CanonicalJson.JSON.createArrayBuilder();
        for (int t = 0; t < base.length; t++) {
            labels.add(SlotTimes.label(t));
        }
        JsonObjectBuilder axes = CanonicalJson.JSON.createObjectBuilder()
                .add("x", CanonicalJson.JSON.createObjectBuilder().add("stacked", true))
                .add("y", CanonicalJson.JSON.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                        .add("title", CanonicalJson.JSON.createObjectBuilder().add("display", true)
                                .add("text", "kW")));
        return CanonicalJson.JSON.createObjectBuilder().add("type", "bar")
                .add("data", CanonicalJson.JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", CanonicalJson.JSON.createObjectBuilder().add("animation", false)
                        .add("maintainAspectRatio", false).add("scales", axes)
                        .add("plugins", CanonicalJson.JSON.createObjectBuilder().add("title",
                                CanonicalJson.JSON.createObjectBuilder().add("display", true).add("text",
                                        Messages.text(locale, afterTrading ? "charging.chart.titleAfter"
                                                : "charging.chart.title", report.transformer().getCode(),
                                                report.allocation().getDay().toString())))))
                .build().toString();
    }

    private static JsonObjectBuilder bars(String label, double[] kw, String colour) {
        return CanonicalJson.JSON.createObjectBuilder().add("label", label).add("data", RightsJson.numbers(kw))
                .add("backgroundColor", colour).add("stack", "load").add("barPercentage", 1.0)
                .add("categoryPercentage", 1.0);
    }
}
