package org.parkchain.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.parkchain.devserver.EmbeddedDatabase;

/** Plain SQL against one database of the test PostgreSQL server, behind the application's back. */
public record Sql(String database) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabase.database(database), EmbeddedDatabase.APP_USER,
                EmbeddedDatabase.APP_PASSWORD);
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public String string(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public long backlog() throws SQLException {
        return count("SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL");
    }

    /** Waits up to two minutes for the mirror to confirm every outbox entry. */
    public void awaitBacklogDrained() throws SQLException, InterruptedException {
        for (int i = 0; i < 1200 && backlog() > 0; i++) {
            Thread.sleep(100);
        }
        if (backlog() > 0) {
            throw new AssertionError("the mirror backlog did not drain: " + backlog() + " entries left");
        }
    }
}
