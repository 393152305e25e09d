package org.parkchain.testsupport.fabric;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkchain.ledger.contract.InMemoryContractState;
import org.parkchain.ledger.contract.PrivateState;
import org.parkchain.platform.canonical.Hashes;

/**
 * The fixture peer's private data collections, as a member peer holds them: reads see committed values (and their
 * SHA-256, as the channel records it), writes stay in the transaction's private write set until it commits; the
 * transient map is the proposal's.
 */
final class FixturePrivateState implements PrivateState {
    private final Map<String, Map<String, byte[]>> committed;
    private final Map<String, Map<String, byte[]>> writes = new TreeMap<>();
    private final Map<String, byte[]> transientMap;

    FixturePrivateState(Map<String, Map<String, byte[]>> committed, Map<String, byte[]> transientMap) {
        this.committed = committed;
        this.transientMap = transientMap;
    }

    @Override
    public byte[] getPrivate(String collection, String objectType, String... attributes) {
        byte[] v = committed.getOrDefault(collection, Map.of()).get(key(objectType, attributes));
        return v == null ? null : v.clone();
    }

    @Override
    public void putPrivate(byte[] value, String collection, String objectType, String... attributes) {
        writes.computeIfAbsent(collection, c -> new TreeMap<>()).put(key(objectType, attributes), value.clone());
    }

    @Override
    public byte[] getPrivateHash(String collection, String objectType, String... attributes) {
        byte[] v = committed.getOrDefault(collection, Map.of()).get(key(objectType, attributes));
        return v == null ? null : Hashes.sha256(v);
    }

    @Override
    public byte[] transientValue(String key) {
        return transientMap.get(key);
    }

    Map<String, Map<String, byte[]>> writes() {
        return writes;
    }

    static String key(String objectType, String... attributes) {
        return InMemoryContractState.compositeKey(objectType, List.of(attributes));
    }
}
