package org.parkchain.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that does not follow redirects, with the login form filled in like a browser. Like a
 * browser on ParkChain's own pages it sends the application's {@code Origin} with every request that does not name
 * one itself (state-changing API calls with the session are refused without it).
 */
public final class WebClient {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String language = "en";

    public WebClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public WebClient language(String tag) {
        this.language = tag;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> getJson(String path, String basicUser, String password) {
        HttpRequest.Builder b = request(path).header("Accept", "application/json").GET();
        if (basicUser != null) {
            b.header("Authorization", basic(basicUser, password));
        }
        return send(b.build());
    }

    public HttpResponse<String> postJson(String path, String json, String basicUser, String password) {
        return sendJson("POST", path, json, basicUser, password);
    }

    public HttpResponse<String> putJson(String path, String json, String basicUser, String password) {
        return sendJson("PUT", path, json, basicUser, password);
    }

    private HttpResponse<String> sendJson(String method, String path, String json, String basicUser,
                                          String password) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (basicUser != null) {
            b.header("Authorization", basic(basicUser, password));
        }
        return send(b.build());
    }

    /** Fills in and submits the login form; returns the form post's response (302 on success). */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page: " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "Log in");
        form.put("jakarta.faces.ViewState", m.group(1));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request("/login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Presses the layout's logout button on {@code page} (a page of the portal); returns the post's response. */
    public HttpResponse<String> logout(String page) {
        HttpResponse<String> shown = get(page);
        Matcher m = VIEW_STATE.matcher(shown.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on " + page + ": " + shown.statusCode());
        }
        return postFormRaw(page, "shell=shell&" + enc("shell:logout") + "=" + enc("Log out") + "&"
                + enc("jakarta.faces.ViewState") + "=" + enc(m.group(1)));
    }

    /** Posts a url-encoded form body as is (for testing stale or forged form posts). */
    public HttpResponse<String> postFormRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
    }

    /** Sends a request built by the caller, with this client's cookies. */
    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http.send(withOrigin(request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(withOrigin(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest withOrigin(HttpRequest request) {
        if (request.headers().firstValue("Origin").isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true).header("Origin", base).build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
