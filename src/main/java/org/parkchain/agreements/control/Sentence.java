package org.parkchain.agreements.control;

import java.util.Arrays;
import java.util.Locale;
import org.parkchain.platform.i18n.Localized;
import org.parkchain.platform.i18n.Messages;

/**
 * A sentence of an explanation, as a message key with its arguments, so the page and the API say the same thing in
 * the reader's language. A {@link Name} argument is a name in both languages, chosen when the sentence is written.
 */
public record Sentence(String key, Object... args) {

    /** A name as registered in English and in Chinese. */
    public record Name(String en, String zh) implements Localized {
        @Override
        public String in(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? zh : en;
        }
    }

    public String text(Locale locale) {
        return Messages.text(locale, key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && key.equals(s.key) && Arrays.equals(args, s.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
