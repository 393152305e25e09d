package org.parkchain.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SameOriginTest {
    @Test
    void acceptsTheApplicationsOwnOrigin() {
        assertTrue(SameOrigin.allowed("http://localhost:8080", null, "localhost:8080", "http", Set.of()));
        assertTrue(SameOrigin.allowed(null, "http://localhost:8080/admin/users.xhtml", "localhost:8080", "http",
                Set.of()), "the Referer when a browser sends no Origin");
        assertTrue(SameOrigin.allowed("https://park.example", null, "park.example", "http", Set.of()),
                "TLS ends at a proxy: https outside, http inside");
        assertTrue(SameOrigin.allowed("https://portal.example", null, "api.example", "https",
                Set.of("https://portal.example")), "a configured extra origin");
    }

    @Test
    void refusesCrossOriginAndOriginlessRequests() {
        assertFalse(SameOrigin.allowed("http://evil.example", null, "localhost:8080", "http", Set.of()));
        assertFalse(SameOrigin.allowed("http://localhost:9090", null, "localhost:8080", "http", Set.of()));
        assertFalse(SameOrigin.allowed("null", "http://localhost:8080/", "localhost:8080", "http", Set.of()),
                "an opaque origin is not the application, whatever the Referer says");
        assertFalse(SameOrigin.allowed(null, null, "localhost:8080", "http", Set.of()));
        assertFalse(SameOrigin.allowed("file:///tmp/x.html", null, "localhost:8080", "http", Set.of()));
        assertFalse(SameOrigin.allowed("http://localhost:8080.evil.example", null, "localhost:8080", "http",
                Set.of()));
        assertFalse(SameOrigin.allowed("http://evil.example", null, "evil.example:8080", "http", Set.of()),
                "port differs");
    }
}
