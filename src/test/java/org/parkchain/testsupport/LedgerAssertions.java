package org.parkchain.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.control.LedgerException;

/**
 * Assertions on the Ledger port's failures, for every {@link org.parkchain.ledger.control.LedgerGateway}: a refusal
 * carries the contract's code; an unreachable ledger carries none and is reported within a time limit. And on the
 * mirror's result on the Fabric fixture: every outbox entry exactly once, where the database says.
 */
public final class LedgerAssertions {
    /** Slack for thread scheduling on top of a deadline. */
    private static final Duration SLACK = Duration.ofMillis(500);

    private LedgerAssertions() {
    }

    public static LedgerException assertRejected(ContractError code, Executable call) {
        LedgerException e = assertThrows(LedgerException.class, call);
        assertEquals(LedgerException.Kind.REJECTED, e.kind(), e.getMessage());
        assertEquals(code, e.code().orElse(null), e.getMessage());
        return e;
    }

    /** The call fails as UNAVAILABLE, without a contract code, in less than {@code limit} (plus a little slack). */
    public static LedgerException assertUnavailableWithin(Duration limit, Executable call) {
        long start = System.nanoTime();
        LedgerException e = assertThrows(LedgerException.class, call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(LedgerException.Kind.UNAVAILABLE, e.kind(), e.getMessage());
        assertTrue(e.code().isEmpty(), e.getMessage());
        assertTrue(took.compareTo(limit.plus(SLACK)) < 0, "took " + took + ": " + e.getMessage());
        return e;
    }

    /**
     * Every outbox entry of the database is on the fixture's ledger exactly once, with the hash, batch, leaf index and
     * transaction id the database gives it.
     */
    public static void assertEveryEntryOnTheLedgerOnce(Sql sql, org.parkchain.testsupport.fabric.GatewayFixture peer)
            throws java.sql.SQLException {
        assertEquals(sql.count("SELECT count(*) FROM ledger_outbox"), peer.entryCount(),
                "every committed entry is on the ledger, none twice");
        try (java.sql.Connection c = sql.connect(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(
                     "SELECT entry_id, entry_hash, batch_id, leaf_index, ledger_tx_id FROM ledger_outbox")) {
            while (rs.next()) {
                String json = peer.entry(rs.getString(1)).orElseThrow(() -> new AssertionError("missing entry"));
                jakarta.json.JsonObject entry = org.parkchain.platform.canonical.CanonicalJson.parseObject(json);
                assertEquals(rs.getString(2), entry.getString("hash"));
                assertEquals(rs.getString(3), entry.getString("batchId"));
                assertEquals(rs.getInt(4), entry.getInt("leafIndex"));
                assertEquals(rs.getString(5), entry.getString("txId"));
            }
        }
    }
}
