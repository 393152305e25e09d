package org.parkchain.platform.i18n;

/**
 * A logged-in user switched the portal's language (CDI event). The identity feature stores it as the user's
 * preference, so the next login starts in it.
 */
public record LanguageChosen(String username, String languageTag) {
}
