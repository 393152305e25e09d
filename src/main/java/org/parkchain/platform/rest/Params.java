package org.parkchain.platform.rest;

import java.util.List;
import java.util.Locale;
import org.parkchain.platform.BusinessException;

/**
 * Query parameters read as text and converted here, so a value of the wrong type is a 400 problem naming the
 * parameter (JAX-RS itself answers 404 when it cannot convert one), and a word outside a fixed list is a 400 that
 * lists the accepted words.
 */
public final class Params {
    private Params() {
    }

    public static Double number(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw JsonBody.wrongType(name, "number");
        }
    }

    public static Integer integer(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw JsonBody.wrongType(name, "integer");
        }
    }

    /** An ISO date ({@code 2026-12-03}), or null when the parameter is absent. */
    public static java.time.LocalDate date(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw JsonBody.wrongType(name, "date (YYYY-MM-DD)");
        }
    }

    /** One of the accepted words (letters compared without case), or null when the parameter is absent. */
    public static String word(String name, String value, List<String> accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!accepted.contains(upper)) {
            throw new BusinessException(List.of(new BusinessException.Problem(name, "error.api.word", name,
                    String.join(", ", accepted))));
        }
        return upper;
    }
}
