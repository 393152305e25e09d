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
import org.parkchain.identity.boundary.CurrentUser;

/** What the layout shows around every page: who is logged in, the portal home, logout. */
@Named("shell")
@RequestScoped
public class ShellView {
    @Inject
    CurrentUser currentUser;

    public boolean isLoggedIn() {
        return currentUser.loggedIn();
    }

    public String getDisplayName() {
        return currentUser.loggedIn() ? currentUser.account().getDisplayName() : "";
    }

    public String getRole() {
        return currentUser.loggedIn() ? currentUser.account().getRole().name() : "";
    }

    /** Whether the logged-in user acts in the market (and so has a market access page). */
    public boolean isMarketParticipant() {
        return currentUser.loggedIn() && currentUser.account().getRole().marketParticipant();
    }

    /** Context-relative path of the logged-in user's portal home, or the public start page. */
    public String getHome() {
        return currentUser.username().isEmpty() ? "/index.xhtml"
                : currentUser.account().getRole().portalHome();
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
