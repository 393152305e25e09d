package org.parkchain.ledger.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkchain.ledger.contract.ContractState;

/**
 * The embedded ledger's world state in PostgreSQL ({@code ledger_state}). Keys keep Fabric's composite layout with
 * U+001F as separator (PostgreSQL text cannot hold U+0000; the contract refuses control characters in attributes, so
 * the layout stays unambiguous). Writes are buffered as a write set; the ledger applies them when it seals the block.
 */
final class PgContractState implements ContractState {
    static final char SEPARATOR = '\u001f';

    private final Connection connection;
    private final String txId;
    private final Instant timestamp;
    private final boolean readOnly;
    private final Map<String, byte[]> writes = new TreeMap<>();
    private final Map<String, byte[]> prefetched = new java.util.HashMap<>();

    PgContractState(Connection connection, String txId, Instant timestamp, boolean readOnly) {
        this.connection = connection;
        this.txId = txId;
        this.timestamp = timestamp;
        this.readOnly = readOnly;
    }

    static String key(String objectType, List<String> attributes) {
        StringBuilder key = new StringBuilder(objectType).append(SEPARATOR);
        for (String a : attributes) {
            key.append(a).append(SEPARATOR);
        }
        return key.toString();
    }

    @Override
    public String txId() {
        return txId;
    }

    @Override
    public Instant txTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] get(String objectType, String... attributes) {
        String key = key(objectType, List.of(attributes));
        byte[] written = writes.get(key);
        if (written != null) {
            return written;
        }
        if (prefetched.containsKey(key)) {
            return prefetched.get(key);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT value FROM ledger_state WHERE state_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read ledger state", e);
        }
    }

    @Override
    public void put(byte[] value, String objectType, String... attributes) {
        if (readOnly) {
            throw new IllegalStateException("an evaluated function cannot write");
        }
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("ledger values are never empty");
        }
        writes.put(key(objectType, List.of(attributes)), value.clone());
    }

    /** Committed state only: scans run in evaluated functions, which see no write set. */
    @Override
    public Page scan(String objectType, List<String> attributes, int pageSize, String bookmark) {
        String prefix = key(objectType, attributes);
        boolean first = bookmark == null || bookmark.isEmpty();
        String sql = "SELECT state_key, value FROM ledger_state WHERE state_key " + (first ? ">=" : ">")
                + " ? AND starts_with(state_key, ?) ORDER BY state_key" + (pageSize > 0 ? " LIMIT ?" : "");
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, first ? prefix : bookmark);
            s.setString(2, prefix);
            if (pageSize > 0) {
                s.setInt(3, pageSize + 1);
            }
            List<byte[]> values = new ArrayList<>();
            String last = "";
            boolean more = false;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (pageSize > 0 && values.size() == pageSize) {
                        more = true;
                        break;
                    }
                    last = rs.getString(1);
                    values.add(rs.getBytes(2));
                }
            }
            return new Page(values, more ? last : "");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan ledger state", e);
        }
    }

    /**
     * Reads many keys in one query before the contract runs (a batch looks up every entry id); keys that do not exist
     * are remembered as absent. Purely a performance measure: the contract sees the same values either way.
     */
    void prefetch(String objectType, List<String> ids) {
        String[] keys = ids.stream().map(id -> key(objectType, List.of(id))).toArray(String[]::new);
        for (String k : keys) {
            prefetched.put(k, null);
        }
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT state_key, value FROM ledger_state WHERE state_key = ANY(?)")) {
            s.setArray(1, connection.createArrayOf("text", keys));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    prefetched.put(rs.getString(1), rs.getBytes(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read ledger state", e);
        }
    }

    Map<String, byte[]> writeSet() {
        return writes;
    }
}
