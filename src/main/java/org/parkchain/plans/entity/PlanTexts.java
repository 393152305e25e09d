package org.parkchain.plans.entity;

import java.util.Locale;

/**
 * A plan's name and description as its sales company typed them, in English and Chinese. Either language may be
 * missing; a reader then sees the other (the name must exist in at least one).
 */
public record PlanTexts(String nameEn, String nameZh, String descriptionEn, String descriptionZh) {
    public PlanTexts {
        nameEn = blankToNull(nameEn);
        nameZh = blankToNull(nameZh);
        descriptionEn = blankToNull(descriptionEn);
        descriptionZh = blankToNull(descriptionZh);
    }

    /** The name in the reader's language, or in the other one when it was not given. */
    public String name(Locale locale) {
        return chinese(locale) ? first(nameZh, nameEn) : first(nameEn, nameZh);
    }

    /** The description in the reader's language, or in the other one (null when there is none). */
    public String description(Locale locale) {
        return chinese(locale) ? first(descriptionZh, descriptionEn) : first(descriptionEn, descriptionZh);
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static String first(String preferred, String other) {
        return preferred != null ? preferred : other;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
