package org.parkchain.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.i18n.Messages;

/** Puts messages on the page in the session's language. Holds nothing of its own: one instance for all requests. */
@ApplicationScoped
public class FacesMessages {
    @Inject
    LocaleView localeView;

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, key, args);
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public void refused(BusinessException e) {
        e.problems().forEach(p -> add(FacesMessage.SEVERITY_ERROR, p.key(), p.args()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String text(String key, Object... args) {
        return Messages.text(localeView.getLocale(), key, args);
    }

    private void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
