package org.parkchain.plans.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.i18n.Messages;

/** A plan's terms in words, with units, in English and Chinese. */
class PlanTermsTextTest {
    static final Locale EN = Locale.ENGLISH;
    static final Locale ZH = Messages.CHINESE;

    @Test
    void eachPlanTypeStatesItsPriceWithItsUnit() {
        assertEquals("¥0.592/kWh", PlanTermsText.price(PlanTerms.fixed(0.592), EN));
        assertEquals("Sharp peak ¥0.98/kWh · Peak ¥0.80/kWh · Flat ¥0.575/kWh · Valley ¥0.262/kWh",
                PlanTermsText.price(PlanTerms.timeOfUse(0.98, 0.80, 0.575, 0.262), EN));
        assertEquals("¥0.548/kWh up to 1,000 kWh a month · ¥0.602/kWh up to 3,000 kWh a month · ¥0.689/kWh above",
                PlanTermsText.price(PlanTerms.tiered(new double[] {1000, 3000}, new double[] {0.548, 0.602, 0.689}),
                        EN));
        assertEquals("the catalog tariff less ¥0.035/kWh", PlanTermsText.price(PlanTerms.discount(0.035), EN));
        assertEquals("每月 1,000 千瓦时以内 ¥0.548/千瓦时 · 超出部分 ¥0.689/千瓦时",
                PlanTermsText.price(PlanTerms.tiered(new double[] {1000}, new double[] {0.548, 0.689}), ZH));
    }

    @Test
    void theConditionsReadAsAPersonWouldSayThem() {
        PlanTerms t = PlanTerms.fixed(0.561).withVolume(2000, 0.1, 0.20, 0.15).withConditions(12, 30, 300, 0, 0);
        List<PlanTermsText.Line> lines = PlanTermsText.lines(t, EN);
        assertEquals(List.of("Type", "Price", "Contracted volume", "Minimum term", "Notice to leave",
                "Early-exit fee", "Sign-up fee"), lines.stream().map(PlanTermsText.Line::label).toList());
        assertEquals("2,000 kWh a month, ±10 % free; above the band ¥0.20/kWh, below it ¥0.15/kWh",
                lines.get(2).value());
        assertEquals("12 months", lines.get(3).value());
        assertEquals("30 days", lines.get(4).value());
        assertEquals("¥300.00", lines.get(5).value());
        List<PlanTermsText.Line> zh = PlanTermsText.lines(t.withConditions(1, 0, 0, 50, 0.6), ZH);
        assertTrue(zh.stream().anyMatch(l -> l.label().equals("最短期限") && l.value().equals("1 个月")), zh.toString());
        assertTrue(zh.stream().anyMatch(l -> l.label().equals("解约提前通知") && l.value().equals("无需")), zh.toString());
        assertTrue(zh.stream().anyMatch(l -> l.label().equals("绿电比例") && l.value().equals("60 %")), zh.toString());
    }
}
