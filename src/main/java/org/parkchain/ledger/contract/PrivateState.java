package org.parkchain.ledger.contract;

/**
 * Private data of a contract transaction: values kept in a named collection, on the peers of the collection's members
 * only, while the channel's ledger holds only their SHA-256 hash (Fabric's private data collections); and the
 * transaction's transient input, which is never written to the ledger. Keys are composite, like {@link ContractState}.
 */
public interface PrivateState {
    /** The value in the collection, or null (only on a member's peer). */
    byte[] getPrivate(String collection, String objectType, String... attributes);

    /** Writes a value to the collection; the channel records its hash. */
    void putPrivate(byte[] value, String collection, String objectType, String... attributes);

    /** The SHA-256 of the value in the collection as the channel records it, or null; readable by every peer. */
    byte[] getPrivateHash(String collection, String objectType, String... attributes);

    /** A value of the proposal's transient map, or null. */
    byte[] transientValue(String key);
}
