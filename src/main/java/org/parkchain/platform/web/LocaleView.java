package org.parkchain.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.platform.rest.ProblemJson;

/**
 * The session's language: the browser's preference until login, then the user's stored preference. Switching the
 * language stores it for the user, so it is the same at the next login.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String header = faces == null ? null
                    : faces.getExternalContext().getRequestHeaderMap().get("Accept-Language");
            locale = ProblemJson.requestLocale(header);
        }
        return locale;
    }

    public String getLanguage() {
        return Messages.tag(getLocale());
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    /** Takes over the stored preference of the user who just logged in. */
    public void useStoredPreference(String languageTag) {
        locale = Messages.fromTag(languageTag);
    }

    /** Switches the language (and stores it for the logged-in user), then reloads the current page. */
    public void switchTo(String languageTag) throws IOException {
        locale = Messages.fromTag(languageTag);
        currentUser.username().ifPresent(name -> accounts.changeLocale(name, languageTag));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId());
    }
}
