package org.parkchain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * Cross-site request forgery against the deployed application: the session cookie is SameSite, state-changing API
 * calls with the session must come from the application's own origin, and a page action needs the page's own Faces
 * view state. HTTP Basic clients are unaffected.
 */
class CrossOriginIT {
    static final String TARGET = "large4";
    static String base;
    static WebClient admin;
    static long target;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
        admin = ParticipantLoad.loggedIn(base, "admin");
        target = CanonicalJson.JSON.createReader(new java.io.StringReader(admin.getJson("/api/admin/users", null, null)
                .body())).readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(TARGET)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    @Test
    void theSessionCookieIsSameSiteLax() {
        HttpResponse<String> page = new WebClient(base).get("/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("samesite=lax") && cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void refusesCrossOriginApiPostWithTheSessionCookie() {
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/users/" + target
                        + "/disable")).header("Origin", "http://evil.example").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("must come from ParkChain's own pages"), forged.body());
        HttpResponse<String> anonymousOrigin = admin.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/users/"
                + target + "/disable")).header("Origin", "null").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, anonymousOrigin.statusCode());
        assertTrue(enabled(), "nothing was changed");
    }

    @Test
    void sameOriginCallsWithTheSessionAndBasicCallsWithoutOriginStillWork() {
        HttpResponse<String> own = admin.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/users/" + target
                + "/enable")).header("Origin", base).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, own.statusCode(), own.body());
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + RunningApp.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> script = new WebClient(base).send(HttpRequest.newBuilder(URI.create(base
                + "/api/admin/users/" + target + "/enable")).header("Authorization", basic).header("Origin", "")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, script.statusCode(), script.body());
    }

    /**
     * The admin's "disable" button posted with the page's real view state disables the user (the control); the same
     * post with a forged view state, as a cross-site form would send it, changes nothing.
     */
    @Test
    void aPageActionNeedsThePagesOwnViewState() {
        HttpResponse<String> page = admin.get("/admin/users.xhtml");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page
                .body());
        assertTrue(viewState.find());
        Matcher row = Pattern.compile("data-ri=\"(\\d+)\"((?:(?!data-ri=).)*?)>" + TARGET + "<", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(row.find(), "the target user is on the first page");
        Matcher button = Pattern.compile("<button id=\"(users:list:" + row.group(1) + ":[^\"]+)\"").matcher(
                page.body().substring(row.start()));
        assertTrue(button.find());
        String forged = post(button.group(1), "-4242424242424242424:1234567890123456789", "http://evil.example");
        assertTrue(forged.contains("expired"), forged);
        assertTrue(enabled(), "a forged view state changes nothing");

        String control = post(button.group(1), viewState.group(1), base);
        assertTrue(!control.contains("expired"), control);
        assertTrue(!enabled(), "the real view state does");
        assertEquals(204, admin.postJson("/api/admin/users/" + target + "/enable", "", null, null).statusCode());
    }

    private static String post(String source, String viewState, String origin) {
        String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
                + "&jakarta.faces.partial.execute=" + enc(source) + "&jakarta.faces.partial.render=users&"
                + enc(source) + "=" + enc(source) + "&users=users&jakarta.faces.ViewState=" + enc(viewState);
        HttpResponse<String> r = admin.send(HttpRequest.newBuilder(URI.create(base + "/admin/users.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        return r.statusCode() + " " + r.headers().firstValue("Location").orElse("") + " " + r.body();
    }

    private static boolean enabled() {
        return CanonicalJson.JSON.createReader(new java.io.StringReader(admin.getJson("/api/admin/users", null, null)
                .body())).readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(TARGET)).findFirst().orElseThrow().getBoolean("enabled");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
