package org.parkchain.trading.control;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.parkchain.plans.control.PlanTermsText;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.tariffs.control.TouPeriod;

/**
 * Contract terms in words, in a language: parties, delivery period, the profile per day type (how many values, the
 * range of power and the energy of one such day), the price with units, the band and penalties, payment. Used by the
 * term sheet history, the signing step and the copies' comparison, so the same terms read the same everywhere.
 */
public final class TermsText {
    /** One labelled value. */
    public record Line(String label, String value) {
    }

    private TermsText() {
    }

    /** @param names a participant's name in the reader's language */
    public static List<Line> lines(ContractTerms t, Locale locale, LongFunction<String> names) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(text(locale, "trading.terms.seller"), names.apply(t.sellerId())));
        lines.add(new Line(text(locale, "trading.terms.buyer"), names.apply(t.buyerId())));
        lines.add(new Line(text(locale, "trading.terms.period"), period(t.start(), t.end(), locale)));
        for (DayType type : DayType.ALL) {
            lines.add(new Line(text(locale, "trading.terms.profile", text(locale, type.messageKey())),
                    profile(t.values(type), locale)));
        }
        lines.add(new Line(text(locale, "trading.terms.price"), price(t, locale)));
        lines.add(new Line(text(locale, "trading.terms.band"), text(locale, "trading.terms.band.value",
                number(t.band() * 100, 0, 1, locale), PlanTermsText.perKwh(t.overPenalty(), locale),
                PlanTermsText.perKwh(t.underPenalty(), locale))));
        lines.add(new Line(text(locale, "trading.terms.payment"), text(locale, "trading.terms.payment.value",
                t.paymentDays())));
        return lines;
    }

    public static String period(LocalDate start, LocalDate end, Locale locale) {
        if (start == null || end == null) {
            return "";
        }
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return text(locale, "trading.terms.period.value", f.format(start), f.format(end),
                ChronoUnit.DAYS.between(start, end) + 1);
    }

    /** e.g. "24 hourly values, 300 to 1,200 kW, 19,200 kWh a day". */
    public static String profile(double[] kw, Locale locale) {
        if (kw.length == 0) {
            return "";
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        double kwh = 0;
        for (double v : kw) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            kwh += v * 24.0 / kw.length;
        }
        return text(locale, kw.length == 24 ? "trading.terms.profile.hourly" : "trading.terms.profile.quarterly",
                number(min, 0, 1, locale), number(max, 0, 1, locale), number(kwh, 0, 0, locale));
    }

    public static String price(ContractTerms t, Locale locale) {
        if (t.priceKind() == null) {
            return "";
        }
        if (t.priceKind() == PriceKind.FLAT) {
            return text(locale, "trading.priceKind.FLAT") + " " + PlanTermsText.perKwh(t.flatPrice(), locale);
        }
        List<String> parts = new ArrayList<>();
        for (TouPeriod p : TouPeriod.ALL) {
            parts.add(text(locale, "period." + p.name()) + " " + PlanTermsText.perKwh(t.touPrices()[p.ordinal()],
                    locale));
        }
        return String.join(" · ", parts);
    }

    /** The name of a field of the canonical terms ({@link TermsDiff}), e.g. "Weekday profile, value 10". */
    public static String field(TermsDiff.Difference d, Locale locale) {
        String f = d.field();
        if (f.startsWith("profile.")) {
            String type = f.substring("profile.".length()).replace(".count", "");
            String day = text(locale, "trading.dayType." + type);
            return d.index() < 0 ? text(locale, "trading.terms.diff.count", day)
                    : text(locale, "trading.terms.diff.value", day, d.index() + 1);
        }
        if (f.startsWith("price.")) {
            String part = f.substring("price.".length());
            return switch (part) {
                case "kind" -> text(locale, "trading.terms.price");
                case "flat" -> text(locale, "trading.priceKind.FLAT");
                default -> text(locale, "trading.terms.price") + " · " + text(locale, "period." + part);
            };
        }
        return text(locale, "trading.terms.diff." + f);
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
