package org.parkchain.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI text bundle ({@code org/parkchain/platform/i18n/messages*.properties}, English and Simplified Chinese),
 * looked up without falling back to the server's default locale.
 */
public final class Messages {
    public static final String BUNDLE = "org.parkchain.platform.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /**
     * The text for {@code key} in {@code locale}, with {@link MessageFormat} arguments filled in; {@link Localized}
     * arguments are written in the same language first.
     */
    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] values = java.util.Arrays.stream(args).map(a -> a instanceof Localized l ? l.in(locale) : a).toArray();
        return new MessageFormat(pattern, supported(locale)).format(values);
    }

    /** Chinese for any Chinese locale, English for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
    }

    public static Locale fromTag(String tag) {
        return supported(tag == null ? null : Locale.forLanguageTag(tag.replace('_', '-')));
    }

    public static String tag(Locale locale) {
        return supported(locale).toLanguageTag();
    }
}
