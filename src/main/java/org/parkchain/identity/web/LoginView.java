package org.parkchain.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/**
 * The login form. On success the session id is renewed (no session fixation), the user's language preference is
 * applied and the user lands on the page it asked for or on its role's portal home.
 */
@Named
@RequestScoped
public class LoginView {
    @Inject
    SecurityContext security;

    @Inject
    LoginAttempt attempt;

    @Inject
    Accounts accounts;

    @Inject
    LocaleView localeView;

    @Inject
    FacesMessages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                UserAccount account = accounts.findByUsername(username.trim()).orElseThrow();
                localeView.useStoredPreference(account.getLocale());
                HttpSession session = request.getSession();
                String saved = (String) session.getAttribute(ParkChainAuthentication.SAVED_URL);
                session.removeAttribute(ParkChainAuthentication.SAVED_URL);
                external.redirect(saved != null ? saved
                        : request.getContextPath() + account.getRole().portalHome());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                switch (attempt.outcome()) {
                    case LOCKED -> messages.error("login.locked");
                    case DISABLED -> messages.error("login.disabled");
                    default -> messages.error("login.invalid");
                }
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
