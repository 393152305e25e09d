package org.parkchain.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.i18n.Messages;

/**
 * RFC 9457 problem details ({@code application/problem+json}) for every API error: a status, a title, and a detail
 * in the caller's language (Accept-Language: English or Simplified Chinese). Never a stack trace.
 */
public final class ProblemJson {
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {
    }

    public static JsonObject of(int status, Locale locale, String key, Object... args) {
        return base(status, Messages.text(locale, key, args)).build();
    }

    public static JsonObject of(int status, Locale locale, List<BusinessException.Problem> problems) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (BusinessException.Problem p : problems) {
            JsonObjectBuilder error = Json.createObjectBuilder()
                    .add("message", Messages.text(locale, p.key(), p.args())).add("code", p.key());
            if (p.field() != null) {
                error.add("field", p.field());
            }
            errors.add(error);
        }
        BusinessException.Problem first = problems.get(0);
        return base(status, Messages.text(locale, first.key(), first.args())).add("errors", errors).build();
    }

    private static JsonObjectBuilder base(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", known == null ? "HTTP " + status : known.getReasonPhrase())
                .add("status", status)
                .add("detail", detail);
    }

    public static Response response(int status, JsonObject problem) {
        return Response.status(status).type(MEDIA_TYPE).entity(problem.toString()).build();
    }

    /** Writes a problem directly to a servlet response (used before JAX-RS is reached, e.g. for 401). */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Locale locale = requestLocale(request.getHeader("Accept-Language"));
        byte[] body = of(status, locale, key).toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The language of a JAX-RS caller (see {@link #requestLocale(String)}). */
    public static Locale locale(HttpHeaders headers) {
        return requestLocale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** English unless the Accept-Language header prefers Chinese. */
    public static Locale requestLocale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<Locale> matching = Locale.filter(ranges, Messages.SUPPORTED);
            return matching.isEmpty() ? Locale.ENGLISH : Messages.supported(matching.get(0));
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
