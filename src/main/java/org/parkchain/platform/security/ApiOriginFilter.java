package org.parkchain.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.platform.rest.ProblemJson;

/**
 * Cross-site request forgery defence for the REST API. A state-changing call ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) that is authenticated by the browser session is refused with 403 unless it comes
 * from the application's own pages ({@link SameOrigin}); the session cookie is also {@code SameSite=Lax}. Calls
 * authenticated with HTTP Basic (and the signed market actions they carry) are not affected: a browser never adds
 * those credentials to a forged request by itself. Pages are protected by their Faces view state instead.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiOriginFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Request attribute the authentication mechanism sets when the caller was authenticated by the session. */
    public static final String BY_SESSION = "parkchain.bySession";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    @ConfigProperty(name = "parkchain.security.allowed-origins", defaultValue = " ")
    String allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod()) && request.getAttribute(BY_SESSION) != null
                && !SameOrigin.allowed(request.getHeader("Origin"), request.getHeader("Referer"),
                request.getHeader("Host"), request.getScheme(), extraOrigins())) {
            ProblemJson.write(request, response, HttpServletResponse.SC_FORBIDDEN, "error.api.crossOrigin");
            return;
        }
        chain.doFilter(request, response);
    }

    private Set<String> extraOrigins() {
        return Arrays.stream(allowedOrigins.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
