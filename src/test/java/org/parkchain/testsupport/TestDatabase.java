package org.parkchain.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parkchain.devserver.EmbeddedDatabase;

/** One real PostgreSQL server for the whole integration-test run, in a fresh folder under target/. */
public final class TestDatabase {
    private static EmbeddedDatabase server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "it-postgres-");
                server = EmbeddedDatabase.start(dir, freePort(), false);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** A fresh database owned by the application role. */
    public static String database(String name) {
        server().ensureDatabase(name);
        return server().jdbcUrl(name);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
