package org.parkchain.platform.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix must grow with every feature: each page under src/main/webapp and each REST operation
 * must have a row in authorization-matrix.csv (path parameters are matched by any concrete value).
 */
class AuthorizationMatrixCoverageTest {
    @Test
    void everyPageHasARow() throws IOException {
        Set<String> rows = AuthorizationMatrixIT.rows().stream().map(r -> r[1]).collect(Collectors.toSet());
        java.nio.file.Path webapp = java.nio.file.Path.of("src/main/webapp");
        Set<String> missing = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/error/"))
                    .filter(p -> !rows.contains(p))
                    .forEach(missing::add);
        }
        assertTrue(missing.isEmpty(), "pages without a row in authorization-matrix.csv: " + missing);
    }

    @Test
    void everyRestOperationHasARow() throws Exception {
        Set<String> rows = AuthorizationMatrixIT.rows().stream().map(r -> r[0] + " " + r[1])
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                            : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = m.getAnnotation(Path.class);
                    String template = ("/api/" + base.value() + (sub == null ? "" : "/" + sub.value()))
                            .replaceAll("/+", "/").replaceAll("/$", "");
                    String regex = verb + " " + template.replaceAll("\\{[^}]+}", "[^/]+");
                    if (rows.stream().noneMatch(r -> r.matches(regex))) {
                        missing.add(verb + " " + template);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "REST operations without a row in authorization-matrix.csv: " + missing);
    }
}
