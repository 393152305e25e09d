package org.parkchain.ledger.contract;

import java.time.Instant;
import java.util.List;

/**
 * The world state a contract transaction runs against: the chaincode stub on Fabric, the PostgreSQL-backed state of the
 * embedded ledger, or a map in tests. Keys are composite: an object type and attributes, none of which may contain
 * control characters.
 */
public interface ContractState {
    /** The id of the transaction being executed; the same on every endorser. */
    String txId();

    /** The transaction's timestamp as proposed by the client; the same on every endorser. */
    Instant txTimestamp();

    /** The current value of a key, or null. */
    byte[] get(String objectType, String... attributes);

    /** Writes a value (never empty). */
    void put(byte[] value, String objectType, String... attributes);

    /**
     * Values of the keys that start with the given object type and attributes, in key order.
     *
     * @param pageSize at most this many values; 0 for all
     * @param bookmark where the previous page ended, or empty for the first page
     */
    Page scan(String objectType, List<String> attributes, int pageSize, String bookmark);

    /** One page of a scan; the bookmark is empty when there is nothing more. */
    record Page(List<byte[]> values, String bookmark) {
    }
}
