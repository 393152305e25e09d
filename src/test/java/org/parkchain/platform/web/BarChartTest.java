package org.parkchain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void drawsOneBarPerSeriesAndLabelOnAScaleRoundedUpToANiceCeiling() {
        String svg = BarChart.svg(List.of(new BarChart.Series("Plan A", new double[] {100, 50}),
                new BarChart.Series("Tariff", new double[] {200, 0})), new String[] {"Jan", "Feb"}, "Bills");
        // the largest value 200 is its own nice ceiling; the plot is 300 - 16 - 40 = 244 px high
        assertTrue(svg.contains("viewBox=\"0 0 860 324\""), svg);
        assertTrue(svg.contains("<text x=\"58\" y=\"264.0\" font-size=\"11\" text-anchor=\"end\">¥0</text>"), svg);
        assertTrue(svg.contains("text-anchor=\"end\">¥200</text>"), svg);
        // groups are (860 - 64 - 10) / 2 = 393 px wide, bars (393 - 8) / 2 = 192.5 px; 100 of 200 is 122 px high
        assertTrue(svg.contains("<rect x=\"68.0\" y=\"138.0\" width=\"191.5\" height=\"122.0\" fill=\"#1b6e3c\">"
                + "<title>Plan A: ¥100.00</title></rect>"), svg);
        assertTrue(svg.contains("<rect x=\"260.5\" y=\"16.0\" width=\"191.5\" height=\"244.0\" fill=\"#2f6fb0\">"
                + "<title>Tariff: ¥200.00</title></rect>"), svg);
        assertTrue(svg.contains("<title>Tariff: ¥0.00</title>"), svg);
        assertTrue(svg.contains(">Feb</text>"), svg);
        assertTrue(svg.endsWith("</svg>"));
    }

    @Test
    void escapesNamesAndLabelsAndWritesKilowattHoursGrouped() {
        String svg = BarChart.svg(List.of(new BarChart.Series("A & \"B\" <c>", new double[] {12_345.6})),
                new String[] {"<M>"}, "T&T", BarChart.Unit.KWH);
        assertTrue(svg.contains("aria-label=\"T&amp;T\""), svg);
        assertTrue(svg.contains("<title>A &amp; &quot;B&quot; &lt;c&gt;: 12,346 kWh</title>"), svg);
        assertTrue(svg.contains(">&lt;M&gt;</text>"), svg);
        assertTrue(svg.contains("text-anchor=\"end\">20,000</text>"), "the scale's top: " + svg);
        assertFalse(svg.contains("<c>"));
    }

    @Property(tries = 2000)
    void numbersAreWrittenAsStringFormatWritesThem(@ForAll @DoubleRange(min = -1e9, max = 1e9) double v,
                                                   @ForAll @IntRange(min = 0, max = 3) int decimals) {
        assertEquals(formatted("%." + decimals + "f", v), new BarChart.Writer().number(v, decimals).toString());
        assertEquals(formatted("%,." + decimals + "f", v), new BarChart.Writer().grouped(v, decimals).toString());
    }

    /** The formatter's text, except that a value rounding to zero is written without the formatter's minus sign. */
    static String formatted(String format, double v) {
        String s = String.format(Locale.ROOT, format, v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    @Test
    void numbersRoundHalfUpLikeTheFormatterAndZeroHasNoSign() {
        for (double v : new double[] {0.05, 0.15, 0.25, 2.5, -2.5, 1_000, 999.95, -0.04, -0.0, 1e-7, 123_456_789.125}) {
            for (int d = 0; d <= 2; d++) {
                assertEquals(formatted("%,." + d + "f", v), new BarChart.Writer().grouped(v, d).toString(),
                        v + " with " + d);
            }
        }
    }
}
