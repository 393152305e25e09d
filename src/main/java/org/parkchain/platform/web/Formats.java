package org.parkchain.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.parkchain.platform.time.ParkCalendar;

/**
 * Locale-aware formats for pages: dates, times and numbers in the session's language, in the park's time zone. Holds
 * nothing of its own (the language is the session's), so one instance serves every request: a request-scoped bean
 * is made, injected and destroyed for every page that formats anything.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {
    @Inject
    LocaleView localeView;

    @Inject
    ParkCalendar calendar;

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(localeView.getLocale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(localeView.getLocale()).withZone(calendar.zone()).format(instant);
    }

    public String number(BigDecimal value, int fractionDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(localeView.getLocale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    public String decimal(double value, int fractionDigits) {
        return Double.isFinite(value) ? number(BigDecimal.valueOf(value), fractionDigits) : "";
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(localeView.getLocale()).format(value);
    }
}
