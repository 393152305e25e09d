package org.parkchain.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.parkchain.platform.i18n.LanguageChosen;

/** Stores the language a user switched to as the user's preference (observes the portal's {@link LanguageChosen}). */
@ApplicationScoped
public class LanguagePreferences {
    @Inject
    Accounts accounts;

    void chosen(@Observes LanguageChosen event) {
        accounts.changeLocale(event.username(), event.languageTag());
    }
}
