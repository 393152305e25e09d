package org.parkchain.ledger.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Contract state in a sorted map, with Fabric's composite-key layout: {@code U+0000 type U+0000 attr U+0000 ...}.
 * Writes go to a buffer that {@link #commit()} applies, as a peer applies a write set when the block commits.
 */
public class InMemoryContractState implements ContractState {
    private final NavigableMap<String, byte[]> world;
    private final Map<String, byte[]> writes = new TreeMap<>();
    private final String txId;
    private final Instant timestamp;

    public InMemoryContractState(NavigableMap<String, byte[]> world, String txId, Instant timestamp) {
        this.world = world;
        this.txId = txId;
        this.timestamp = timestamp;
    }

    public static String compositeKey(String objectType, List<String> attributes) {
        StringBuilder key = new StringBuilder("\u0000").append(objectType).append('\u0000');
        for (String a : attributes) {
            key.append(a).append('\u0000');
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
        return world.get(compositeKey(objectType, List.of(attributes)));
    }

    @Override
    public void put(byte[] value, String objectType, String... attributes) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("empty values delete keys on Fabric; the contract never writes one");
        }
        writes.put(compositeKey(objectType, List.of(attributes)), value.clone());
    }

    @Override
    public Page scan(String objectType, List<String> attributes, int pageSize, String bookmark) {
        String prefix = compositeKey(objectType, attributes);
        String from = bookmark == null || bookmark.isEmpty() ? prefix : bookmark;
        List<byte[]> values = new ArrayList<>();
        String last = "";
        boolean more = false;
        for (Map.Entry<String, byte[]> e : world.tailMap(from, bookmark == null || bookmark.isEmpty()).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            if (pageSize > 0 && values.size() == pageSize) {
                more = true;
                break;
            }
            values.add(e.getValue());
            last = e.getKey();
        }
        return new Page(values, more ? last : "");
    }

    /** The keys this transaction wrote, with their new values. */
    public Map<String, byte[]> writeSet() {
        return writes;
    }

    public void commit() {
        world.putAll(writes);
    }
}
