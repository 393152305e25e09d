package org.parkchain.charging.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.parkchain.charging.control.MarketSummary;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.i18n.Messages;

/**
 * A transformer's trading day as a Chart.js configuration for {@code p:chart}: the clearing prices over the 96 slots
 * (buyers' and sellers' price as lines, CNY/kWh, gaps where nothing traded) and the kW traded per slot in the call
 * market and on the P2P board (bars, on a second axis).
 */
final class MarketChart {
    private MarketChart() {
    }

    static String json(MarketSummary s, String transformer, String day, Locale locale) {
        JsonArrayBuilder datasets = CanonicalJson.JSON.createArrayBuilder()
                .add(line(Messages.text(locale, "trading.chart.buyPrice"), s.buyPrice(), "#c0392b"))
                .add(line(Messages.text(locale, "trading.chart.sellPrice"), s.sellPrice(), "#2f6fb0"))
                .add(bars(Messages.text(locale, "trading.chart.auctionKw"), s.auctionKw(), "#1b6e3c"))
                .add(bars(Messages.text(locale, "trading.chart.p2pKw"), s.p2pKw(), "#c27c0e"));
        JsonArrayBuilder labels = CanonicalJson.JSON.createArrayBuilder();
        for (int t = 0; t < s.auctionKw().length; t++) {
            labels.add(SlotTimes.label(t));
        }
        JsonObjectBuilder axes = CanonicalJson.JSON.createObjectBuilder()
                .add("x", CanonicalJson.JSON.createObjectBuilder().add("stacked", true))
                .add("price", axis("left", Messages.text(locale, "trading.chart.priceAxis"), false))
                .add("kw", axis("right", "kW", true));
        return CanonicalJson.JSON.createObjectBuilder().add("type", "bar")
                .add("data", CanonicalJson.JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", CanonicalJson.JSON.createObjectBuilder().add("animation", false)
                        .add("maintainAspectRatio", false).add("scales", axes)
                        .add("plugins", CanonicalJson.JSON.createObjectBuilder().add("title",
                                CanonicalJson.JSON.createObjectBuilder().add("display", true).add("text",
                                        Messages.text(locale, "trading.chart.title", transformer, day)))))
                .build().toString();
    }

    private static JsonObjectBuilder axis(String position, String title, boolean stacked) {
        return CanonicalJson.JSON.createObjectBuilder().add("type", "linear").add("position", position)
                .add("beginAtZero", true).add("stacked", stacked).add("title", CanonicalJson.JSON
                        .createObjectBuilder().add("display", true).add("text", title));
    }

    private static JsonObjectBuilder line(String label, double[] price, String colour) {
        JsonArrayBuilder data = CanonicalJson.JSON.createArrayBuilder();
        for (double p : price) {
            if (Double.isNaN(p)) {
                data.addNull();
            } else {
                data.add(p);
            }
        }
        return CanonicalJson.JSON.createObjectBuilder().add("type", "line").add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("yAxisID", "price")
                .add("spanGaps", false).add("pointRadius", 2).add("borderWidth", 2);
    }

    private static JsonObjectBuilder bars(String label, double[] kw, String colour) {
        return CanonicalJson.JSON.createObjectBuilder().add("label", label).add("data", RightsJson.numbers(kw))
                .add("backgroundColor", colour).add("yAxisID", "kw").add("stack", "traded")
                .add("barPercentage", 1.0).add("categoryPercentage", 1.0);
    }
}
