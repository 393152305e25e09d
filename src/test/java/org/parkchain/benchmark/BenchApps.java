package org.parkchain.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.parkchain.devserver.EmbeddedDatabase;
import org.parkchain.devserver.PayaraProcess;
import org.parkchain.testsupport.TestDatabase;

/** The application under a benchmark: started on its own database, and the mirror's figures read from it. */
final class BenchApps {
    private BenchApps() {
    }

    static PayaraProcess start(String db, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("PARKCHAIN_DB_URL", TestDatabase.database(db));
        env.put("PARKCHAIN_DB_USER", EmbeddedDatabase.APP_USER);
        env.put("PARKCHAIN_DB_PASSWORD", EmbeddedDatabase.APP_PASSWORD);
        env.put("PARKCHAIN_ACCESS_CA_KEYSTORE", Path.of("target", db + "-ca.p12").toAbsolutePath().toString());
        env.put("PARKCHAIN_LEDGER_EMBEDDED_KEYSTORE", Path.of("target", db + "-node.p12").toAbsolutePath().toString());
        if (System.getProperty("bench.appJavaOptions") != null) {
            env.put("JAVA_TOOL_OPTIONS", System.getProperty("bench.appJavaOptions"));
        }
        PayaraProcess app = PayaraProcess.start(Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("parkchain.war")), TestDatabase.freePort(), env,
                Path.of("target", "benchmark-" + db + ".log"));
        app.awaitReady(Duration.ofMinutes(4));
        return app;
    }

    static void awaitDrained(String db) throws SQLException, InterruptedException {
        try (Connection c = connect(db)) {
            while (waiting(c)) {
                Thread.sleep(100);
            }
        }
    }

    /** Whether any entry waits for the ledger: one index probe, so polling it does not load the database. */
    static boolean waiting(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM ledger_outbox WHERE mirrored_at IS NULL)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Milliseconds from commit to ledger confirmation, p50 and p99, of the newest {@code last} participant entries. */
    static double[] lagPercentiles(String db, int last) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag), percentile_cont(0.99) WITHIN GROUP (ORDER BY lag)
                FROM (SELECT extract(epoch FROM mirrored_at - committed_at) * 1000 AS lag FROM ledger_outbox
                      WHERE aggregate_id LIKE 'participant:%' ORDER BY seq DESC LIMIT\s""" + last + ") recent")) {
            rs.next();
            return new double[] {rs.getDouble(1), rs.getDouble(2)};
        }
    }

    static long count(String db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double number(String db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    static java.time.Instant instant(String db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(TestDatabase.database(db), EmbeddedDatabase.APP_USER,
                EmbeddedDatabase.APP_PASSWORD);
    }
}
