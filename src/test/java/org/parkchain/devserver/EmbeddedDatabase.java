package org.parkchain.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A real PostgreSQL 17 server from the embedded binaries on Maven Central (io.zonky), with its data in a folder that
 * survives restarts. The application connects as role {@code parkchain} (password {@code parkchain}), which owns
 * its database; the superuser {@code postgres} is used only to create them.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    public static final String APP_USER = "parkchain";
    public static final String APP_PASSWORD = "parkchain";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code dataDirectory} (created by initdb when empty).
     *
     * @param durable fsync and synchronous commit on (for data that must survive a crash); tests run without
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .start();
            LOG.info(() -> "PostgreSQL running on port " + port + ", data in " + dataDirectory.toAbsolutePath());
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Creates the application role and a database owned by it, unless they exist already. */
    public void ensureDatabase(String name) {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", APP_USER)) {
                s.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                s.execute("CREATE DATABASE " + name + " OWNER " + APP_USER + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** A copy of a database (none may be connected to it), owned by the application role; for benchmarks. */
    public void copyDatabase(String from, String to) {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + to);
            s.execute("CREATE DATABASE " + to + " OWNER " + APP_USER + " TEMPLATE " + from);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy database " + from + " to " + to, e);
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Stops the server cleanly (pg_ctl stop, fast mode); the data folder stays. */
    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
