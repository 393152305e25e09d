package org.parkchain.platform.i18n;

import java.util.Locale;

/**
 * A message argument that is itself words in the reader's language (a period's name, a role, a name registered in
 * both languages), resolved when the message is written, so that a refusal made once reads right in either language.
 */
public interface Localized {
    String in(Locale locale);

    /** The bundle text of {@code key} as an argument, e.g. {@code Localized.key("period.SHARP")}. */
    static Localized key(String key) {
        return new Key(key);
    }

    /** A name registered in both languages (a participant's, a plan's), e.g. {@code Localized.names(en, zh)}. */
    static Localized names(String en, String zh) {
        return new Names(en, zh);
    }

    /** A name in English and Chinese; Chinese readers get the Chinese one. */
    record Names(String en, String zh) implements Localized, java.io.Serializable {
        @Override
        public String in(Locale locale) {
            return "zh".equals(locale.getLanguage()) && zh != null && !zh.isBlank() ? zh : en;
        }
    }

    /** A bundle key used as a message argument. */
    record Key(String key) implements Localized, java.io.Serializable {
        @Override
        public String in(Locale locale) {
            return Messages.text(locale, key);
        }
    }
}
