package org.parkchain.platform.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.platform.rest.ProblemJson;

/**
 * Who may read the operations endpoints that Payara serves inside this application. {@code /metrics} and
 * {@code /openapi}: logged-in users only (session or HTTP Basic), unless {@code parkchain.security.public-operations}
 * is true. {@code /health}: the status (UP or DOWN, per check) is public, for load balancers and orchestrators; the
 * checks' details (database product and version, schema version) only for the regulator and the park admin.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*", "/health", "/health/*"})
public class OperationsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "parkchain.security.public-operations", defaultValue = "false")
    boolean publicOperations;

    /** Whether the request is for one of the operations endpoints. */
    public static boolean covers(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/metrics") || path.startsWith("/metrics/") || path.equals("/openapi")
                || path.startsWith("/openapi/") || path.equals("/health") || path.startsWith("/health/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/health")) {
            if (request.isUserInRole(RoleNames.REGULATOR) || request.isUserInRole(RoleNames.PARK_ADMIN)) {
                chain.doFilter(request, response);
            } else {
                statusOnly(request, response, chain);
            }
            return;
        }
        if (!publicOperations && request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ParkChain\", charset=\"UTF-8\"");
            ProblemJson.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.api.unauthenticated");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void statusOnly(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        try {
            JsonObject health = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
                    .readObject();
            body = withoutData(health).toString().getBytes(StandardCharsets.UTF_8);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            body = new byte[0]; // not the health JSON we know: show nothing rather than details
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The health answer with every check's {@code data} removed. */
    static JsonObject withoutData(JsonObject health) {
        JsonObjectBuilder result = Json.createObjectBuilder(health);
        if (health.get("checks") instanceof jakarta.json.JsonArray checks) {
            JsonArrayBuilder stripped = Json.createArrayBuilder();
            for (JsonValue check : checks) {
                stripped.add(check instanceof JsonObject o ? Json.createObjectBuilder(o).remove("data").build() : check);
            }
            result.add("checks", stripped);
        }
        return result.build();
    }
}
