package org.parkchain.ledger.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/** Mirror figures read from the database: backlog, current lag and the lag of recently mirrored entries. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MirrorMonitor {
    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    Clock clock;

    /**
     * @param backlog     entries not yet confirmed by the ledger
     * @param currentLag  how long the oldest of them has waited (zero when there is none)
     * @param lagP50      median commit-to-ledger time of the last 10,000 mirrored entries
     * @param lagP99      99th percentile of the same
     */
    public record Snapshot(long total, long backlog, Duration currentLag, Duration lagP50, Duration lagP99,
                           long batches, Instant lastMirroredAt, Instant takenAt) {
    }

    public Snapshot snapshot() throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT (SELECT count(*) FROM ledger_outbox),
                            (SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL),
                            (SELECT min(committed_at) FROM ledger_outbox WHERE mirrored_at IS NULL),
                            (SELECT count(*) FROM mirror_batch WHERE mirrored_at IS NOT NULL),
                            (SELECT max(mirrored_at) FROM mirror_batch),
                            l.p50, l.p99
                     FROM (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag) AS p50,
                                  percentile_cont(0.99) WITHIN GROUP (ORDER BY lag) AS p99
                           FROM (SELECT extract(epoch FROM mirrored_at - committed_at) AS lag
                                 FROM ledger_outbox WHERE mirrored_at IS NOT NULL
                                 ORDER BY seq DESC LIMIT 10000) recent) l""");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(3);
            Timestamp last = rs.getTimestamp(5);
            return new Snapshot(rs.getLong(1), rs.getLong(2),
                    oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now),
                    seconds(rs.getDouble(6)), seconds(rs.getDouble(7)), rs.getLong(4),
                    last == null ? null : last.toInstant(), now);
        }
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }
}
