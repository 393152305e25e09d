package org.parkchain.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.boundary.SessionCallers;
import org.parkchain.identity.entity.SessionCaller;
import org.parkchain.identity.entity.SessionCheck;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.LocalChanges;
import org.parkchain.platform.rest.ProblemJson;
import org.parkchain.platform.security.ApiOriginFilter;
import org.parkchain.platform.security.OperationsFilter;
import org.parkchain.platform.security.RoleNames;

/**
 * How callers authenticate. Pages: a form login (the login page calls {@code SecurityContext.authenticate}); the
 * caller is then kept in the HTTP session and re-checked against the database (account enabled, participant active):
 * on the next request after an account or participant change committed on this node, and at least every
 * {@code parkchain.identity.session-recheck} (2 s), so a user disabled on another node loses access within that.
 * Anonymous requests for a protected page are redirected to the login page (and come back after login). REST API under
 * {@code /api/}: the same session, or HTTP Basic per request; anonymous calls to a protected path get 401 with a JSON
 * problem, never a redirect. The operations endpoints ({@code /metrics}, {@code /openapi}, {@code /health}) take HTTP
 * Basic too, for scrapers.
 */
@ApplicationScoped
@DeclareRoles({RoleNames.RESIDENT, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.SALES_COMPANY,
        RoleNames.STATION_OPERATOR, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
public class ParkChainAuthentication implements HttpAuthenticationMechanism {
    static final String SESSION_USER = "parkchain.user";
    static final String SESSION_CHECKED = "parkchain.checked";
    private static final String[] IDENTITY_KINDS = {"user", "participant"};
    public static final String SAVED_URL = "parkchain.savedUrl";
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionCallers sessionCallers;

    @Inject
    LocalChanges changes;

    /** How long a session's check of its account holds on this node when nothing changed here (another node's change). */
    @Inject
    @ConfigProperty(name = "parkchain.identity.session-recheck", defaultValue = "PT2S")
    Duration recheck;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        String path = request.getServletPath();
        if (path.startsWith(RESOURCES)) {
            return context.doNothing();
        }
        Optional<SessionCaller> sessionUser = sessionUser(request);
        if (sessionUser.isPresent()) {
            UserAccount user = sessionUser.get().account();
            request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, user);
            request.setAttribute(CurrentUser.PARTICIPANT_ATTRIBUTE, sessionUser.get().participant());
            request.setAttribute(ApiOriginFilter.BY_SESSION, Boolean.TRUE);
            return context.notifyContainerAboutLogin(user.getUsername(), Set.of(user.getRole().name()));
        }
        boolean api = path.startsWith("/api/") || "/api".equals(path);
        String authorization = request.getHeader("Authorization");
        if ((api || OperationsFilter.covers(request)) && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = identityStores.validate(basicCredential(authorization));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context, "error.api.badCredentials");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response, context, "error.api.unauthenticated");
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SAVED_URL,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<SessionCaller> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_USER) instanceof String username)) {
            return Optional.empty();
        }
        long version = changes.version(IDENTITY_KINDS); // read before the check: a change during it is not missed
        long now = System.nanoTime();
        if (session.getAttribute(SESSION_CHECKED) instanceof SessionCheck checked
                && checked.stillValid(username, version, now, recheck)) {
            return Optional.of(checked.caller());
        }
        Optional<SessionCaller> account = sessionCallers.active(username);
        if (account.isEmpty()) {
            session.invalidate();
        } else {
            session.setAttribute(SESSION_CHECKED, new SessionCheck(account.get(), version, now));
        }
        return account;
    }

    private static UsernamePasswordCredential basicCredential(String authorization) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String key) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ParkChain\", charset=\"UTF-8\"");
        try {
            ProblemJson.write(context.getRequest(), response, HttpServletResponse.SC_UNAUTHORIZED, key);
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
