package org.parkchain.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.StackTraces;
import org.parkchain.testsupport.WebClient;

/** Health, metrics, OpenAPI and error pages of the deployed application. */
class OperationsIT {
    static String base;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @Test
    void readinessIncludesTheDatabase() {
        HttpResponse<String> ready = new WebClient(base).getJson("/health/ready", "regulator", RunningApp.DEMO_PASSWORD);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\""), ready.body());
        assertTrue(ready.body().contains("PostgreSQL 17"), ready.body());
    }

    @Test
    void anonymousReadinessShowsTheStatusButNoVersions() {
        HttpResponse<String> ready = new WebClient(base).get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\"") && ready.body().contains("\"UP\""), ready.body());
        assertFalse(ready.body().contains("PostgreSQL") || ready.body().contains("schemaVersion"), ready.body());
        HttpResponse<String> resident = new WebClient(base).getJson("/health/ready", "resident01",
                RunningApp.DEMO_PASSWORD);
        assertFalse(resident.body().contains("PostgreSQL"), "details are for the regulator and the park admin");
        assertTrue(new WebClient(base).getJson("/health/ready", "admin", RunningApp.DEMO_PASSWORD).body()
                .contains("schemaVersion"));
    }

    @Test
    void metricsAndOpenApiNeedALogin() {
        WebClient anonymous = new WebClient(base);
        assertEquals(401, anonymous.get("/metrics").statusCode());
        assertEquals(401, anonymous.get("/metrics?scope=application").statusCode());
        assertEquals(401, anonymous.get("/openapi").statusCode());
        assertEquals(401, anonymous.getJson("/metrics", "regulator", "wrong-password").statusCode());
        WebClient session = ParticipantLoad.loggedIn(base, "resident01");
        assertEquals(200, session.get("/openapi").statusCode(), "any logged-in user");
    }

    @Test
    void metricsAndOpenApiAreServedAtPayarasDefaultPaths() {
        WebClient client = new WebClient(base);
        HttpResponse<String> metrics = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                + "/metrics?scope=application")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("regulator:" + RunningApp.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets
                        .UTF_8))).GET().build());
        assertEquals(200, metrics.statusCode());
        for (String gauge : new String[] {"parkchain_mirror_backlog", "parkchain_mirror_lag_seconds",
                "parkchain_mirror_lag_p99_seconds", "parkchain_mirror_failures"}) {
            assertTrue(metrics.body().contains(gauge), gauge + " in " + metrics.body());
        }
        HttpResponse<String> openapi = client.getJson("/openapi", "admin", RunningApp.DEMO_PASSWORD);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/participants"), "the REST API is documented");
    }

    @Test
    void unknownPagesGetTheNotFoundPageInTheBrowsersLanguage() {
        HttpResponse<String> en = new WebClient(base).get("/no-such-page.xhtml");
        assertEquals(404, en.statusCode());
        assertTrue(en.body().contains("There is no page at this address."));
        HttpResponse<String> zh = new WebClient(base).language("zh-CN,zh;q=0.9").get("/no-such-page.xhtml");
        assertEquals(404, zh.statusCode());
        assertTrue(zh.body().contains("此地址没有页面"));
    }

    @Test
    void expiredViewsGetTheExpiredPage() {
        WebClient client = new WebClient(base);
        client.get("/login.xhtml");
        HttpResponse<String> r = client.postFormRaw("/login.xhtml",
                "login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=Log+in"
                        + "&jakarta.faces.ViewState=stale-view-state");
        assertEquals(302, r.statusCode());
        String location = r.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/error/expired.xhtml"), location);
        HttpResponse<String> page = client.get("/error/expired.xhtml");
        assertTrue(page.body().contains("This page was open too long and has expired."), page.body());
        assertFalse(StackTraces.in(page.body()), "no stack trace");
    }

    @Test
    void apiErrorsAreJsonProblemsWithoutStackTraces() {
        HttpResponse<String> r = new WebClient(base).getJson("/api/no-such-thing", "admin", RunningApp.DEMO_PASSWORD);
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body().contains("\"status\":404"));
        HttpResponse<String> bad = new WebClient(base).postJson("/api/participants", "{not json", "admin",
                RunningApp.DEMO_PASSWORD);
        assertEquals(400, bad.statusCode(), bad.body());
        assertFalse(StackTraces.in(bad.body()), bad.body());
    }
}
