package org.parkchain.plans.control;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * A plan's terms in words, in a language: the price as it applies (with its unit), the contracted volume and its
 * penalties, the term, the notice and the fees. Used wherever a person reads what a plan costs (the signing step,
 * plan lists), so that the same terms read the same everywhere.
 */
public final class PlanTermsText {
    /** One labelled value. */
    public record Line(String label, String value) {
    }

    private PlanTermsText() {
    }

    public static List<Line> lines(PlanTerms t, Locale locale) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(text(locale, "plans.type"), text(locale, "planType." + t.type().name())));
        lines.add(new Line(text(locale, "terms.price"), price(t, locale)));
        if (t.contractedKwh() > 0) {
            lines.add(new Line(text(locale, "terms.volume"), text(locale, "terms.volume.value",
                    number(t.contractedKwh(), 0, locale), number(t.band() * 100, 0, locale),
                    perKwh(t.overPrice(), locale), perKwh(t.underPrice(), locale))));
        }
        lines.add(new Line(text(locale, "terms.term"), text(locale, "terms.months", t.termMonths())));
        lines.add(new Line(text(locale, "terms.notice"), text(locale, "terms.days", t.noticeDays())));
        lines.add(new Line(text(locale, "terms.exitFee"), money(t.earlyExitFee(), locale)));
        lines.add(new Line(text(locale, "terms.signUpFee"), money(t.signUpFee(), locale)));
        if (t.greenShare() > 0) {
            lines.add(new Line(text(locale, "terms.green"), number(t.greenShare() * 100, 0, locale) + " %"));
        }
        return lines;
    }

    /** How the plan prices energy, with units, e.g. "¥0.55/kWh" or "Sharp peak ¥1.10/kWh · Peak ¥0.90/kWh · …". */
    public static String price(PlanTerms t, Locale locale) {
        return switch (t.type()) {
            case FIXED -> perKwh(t.fixedPrice(), locale);
            case TIME_OF_USE -> {
                List<String> parts = new ArrayList<>();
                for (TouPeriod p : TouPeriod.ALL) {
                    parts.add(text(locale, "period." + p.name()) + " " + perKwh(t.touPrices()[p.ordinal()], locale));
                }
                yield String.join(" · ", parts);
            }
            case TIERED -> {
                List<String> parts = new ArrayList<>();
                double[] limits = t.tierLimits();
                for (int k = 0; k < t.tierPrices().length; k++) {
                    parts.add(k < limits.length
                            ? text(locale, "terms.tier.upTo", perKwh(t.tierPrices()[k], locale), number(limits[k], 0, locale))
                            : text(locale, "terms.tier.above", perKwh(t.tierPrices()[k], locale)));
                }
                yield String.join(" · ", parts);
            }
            case DISCOUNT -> text(locale, "terms.discount.value", perKwh(t.discount(), locale));
        };
    }

    /** A price per kWh, e.g. "¥0.55/kWh" (two to four decimals). */
    public static String perKwh(double yuan, Locale locale) {
        return text(locale, "unit.yuanPerKwh", number(yuan, 2, 4, locale));
    }

    /** An amount of money, e.g. "¥200.00". */
    public static String money(double yuan, Locale locale) {
        return text(locale, "unit.yuan", number(yuan, 2, 2, locale));
    }

    private static String number(double value, int digits, Locale locale) {
        return number(value, digits, digits, locale);
    }

    private static String number(double value, int min, int max, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(min);
        f.setMaximumFractionDigits(max);
        return f.format(value);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
