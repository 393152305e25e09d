package org.parkchain.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Role;

/** What the layout shows around every page: who is logged in, the portal home, logout. */
@Named("shell")
@RequestScoped
public class ShellView {
    @Inject
    CurrentUser currentUser;

    /** The caller's role, looked up once per request: the layout asks for it for every group of links. */
    private Optional<Role> role;

    private Optional<Role> role() {
        if (role == null) {
            role = currentUser.loggedIn() ? Optional.of(currentUser.account().getRole()) : Optional.empty();
        }
        return role;
    }

    public boolean isLoggedIn() {
        return role().isPresent();
    }

    public String getDisplayName() {
        return isLoggedIn() ? currentUser.account().getDisplayName() : "";
    }

    /** The caller's role's name (the layout shows that role's links), or empty when nobody is logged in. */
    public String getRole() {
        return role().map(Role::name).orElse("");
    }

    /** Whether the logged-in user acts in the market (and so has a market access page). */
    public boolean isMarketParticipant() {
        return role().map(Role::marketParticipant).orElse(false);
    }

    /** Context-relative path of the logged-in user's portal home, or the public start page. */
    public String getHome() {
        return role().map(Role::portalHome).orElse("/index.xhtml");
    }

    /** Ends the session completely; the back button then leads to the login page, not to cached pages. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
