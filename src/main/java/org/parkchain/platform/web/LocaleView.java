package org.parkchain.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.parkchain.platform.i18n.LanguageChosen;
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
    Event<LanguageChosen> chosen;

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

    /**
     * Switches the language (and stores it for the logged-in user), then reloads the current page with its view
     * parameters (a report's day, an audit's aggregate), so the reader stays on what they were reading.
     */
    public void switchTo(String languageTag) throws IOException {
        locale = Messages.fromTag(languageTag);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.getUserPrincipal() != null) {
            chosen.fire(new LanguageChosen(external.getUserPrincipal().getName(), languageTag));
        }
        faces.getViewRoot().setLocale(locale);
        external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces,
                faces.getViewRoot().getViewId(), java.util.Map.of(), true));
    }
}
