package org.parkchain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.StackTraces;
import org.parkchain.testsupport.WebClient;

/**
 * Runs authorization-matrix.csv against the deployed application: every protected page and REST path, as every
 * role (logged in through the login form, a demo user per role) and anonymously.
 */
class AuthorizationMatrixIT {
    static final List<String> COLUMNS = List.of("ANONYMOUS", "RESIDENT", "SALES_COMPANY", "LARGE_USER", "GENERATOR",
            "STATION_OPERATOR", "REGULATOR", "PARK_ADMIN");
    static final Map<String, String> DEMO_USER = Map.of("RESIDENT", "resident01", "SALES_COMPANY", "sales1",
            "LARGE_USER", "large1", "GENERATOR", "gen1", "STATION_OPERATOR", "station1", "REGULATOR", "regulator",
            "PARK_ADMIN", "admin");

    static final Map<String, WebClient> CLIENTS = new HashMap<>();

    @BeforeAll
    static void logInEveryRole() {
        String base = RunningApp.baseUrl();
        CLIENTS.put("ANONYMOUS", new WebClient(base));
        DEMO_USER.forEach((role, user) -> {
            WebClient client = new WebClient(base);
            HttpResponse<String> login = client.login(user, RunningApp.DEMO_PASSWORD);
            assertEquals(302, login.statusCode(), "login of " + user);
            CLIENTS.put(role, client);
        });
    }

    @TestFactory
    Stream<DynamicTest> everyPathAndRole() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : rows()) {
            String method = row[0];
            String path = row[1];
            for (int i = 0; i < COLUMNS.size(); i++) {
                String role = COLUMNS.get(i);
                String expected = row[i + 2];
                tests.add(DynamicTest.dynamicTest(method + " " + path + " as " + role + " -> " + expected,
                        () -> check(CLIENTS.get(role), method, path, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(WebClient client, String method, String path, String expected) {
        HttpResponse<String> response = switch (method) {
            case "POST" -> client.postJson(path, "{}", null, null);
            case "PUT" -> client.putJson(path, "{}", null, null);
            default -> client.get(path);
        };
        if ("LOGIN".equals(expected)) {
            assertEquals(302, response.statusCode(), "status");
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.endsWith("/login.xhtml"), "redirect to the login page, not " + location);
        } else {
            assertEquals(Integer.parseInt(expected), response.statusCode(), "status; body: " + abbreviate(response));
        }
        if (path.startsWith("/api/") && !response.body().isEmpty()) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean export = path.endsWith(".csv") && response.statusCode() == 200;
            assertTrue(export ? type.startsWith("text/csv") : type.contains("json"),
                    "API answers are JSON (exports their own format): " + type);
        }
        assertFalse(StackTraces.in(response.body()), "no stack traces in responses");
    }

    private static String abbreviate(HttpResponse<String> r) {
        String b = r.body();
        return b.length() > 300 ? b.substring(0, 300) : b;
    }

    static List<String[]> rows() throws IOException {
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                if (cells.length != COLUMNS.size() + 2) {
                    throw new IllegalStateException("bad matrix row: " + line);
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
