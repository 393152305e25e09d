package org.parkchain.chaincode;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A channel's world state in a sorted map, behind a Mockito mock of {@link ChaincodeStub} that delegates the calls the
 * contract makes to this object (any other stub method fails the test). It behaves like a peer with LevelDB: composite
 * keys from Fabric's own {@link CompositeKey}; a missing key reads as an empty array; reads and range queries see the
 * committed state, writes go to the transaction's write set, which {@link #commit()} applies (a refused transaction's
 * write set is {@link #discard() discarded}); partial-key ranges end at the key plus U+10FFFF; a page's bookmark is the
 * key the next page starts at, empty after the last one.
 */
final class FakeLedger {
    private static final String MAX_UNICODE_RUNE = "\udbff\udfff";

    final NavigableMap<String, byte[]> world = new TreeMap<>();
    final Map<String, byte[]> writeSet = new TreeMap<>();
    /** Private data per collection, as the members' peers hold it; the channel sees only {@link #privateHashes}. */
    final Map<String, Map<String, byte[]>> privateData = new TreeMap<>();
    /** What the channel records for private data: the SHA-256 of each value, per collection and key. */
    final Map<String, Map<String, byte[]>> privateHashes = new TreeMap<>();
    private final Map<String, Map<String, byte[]>> privateWrites = new TreeMap<>();
    /** The current proposal's transient map. */
    final Map<String, byte[]> transientMap = new TreeMap<>();
    private final ChaincodeStub stub = mock(ChaincodeStub.class, delegatesTo(this));
    private String txId = "tx-0";
    private Instant timestamp = Instant.parse("2026-01-02T03:04:05.123456789Z");
    private String function = "";
    /** Like CouchDB: a bookmark on every page, also the last one. */
    boolean bookmarkOnLastPage;
    int openIterators;

    ChaincodeStub stub() {
        return stub;
    }

    /** Starts the next transaction. */
    void begin(String txId, Instant timestamp, String function) {
        writeSet.clear();
        this.txId = txId;
        this.timestamp = timestamp;
        this.function = function;
    }

    void commit() {
        world.putAll(writeSet);
        writeSet.clear();
        privateWrites.forEach((collection, writes) -> writes.forEach((key, value) -> {
            privateData.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, value);
            privateHashes.computeIfAbsent(collection, c -> new TreeMap<>()).put(key,
                    org.parkchain.platform.canonical.Hashes.sha256(value));
        }));
        privateWrites.clear();
        transientMap.clear();
    }

    void discard() {
        writeSet.clear();
        privateWrites.clear();
        transientMap.clear();
    }

    String value(String key) {
        byte[] v = world.get(key);
        return v == null ? null : new String(v, StandardCharsets.UTF_8);
    }

    // ---- the ChaincodeStub methods the contract uses (called through the mock) ----

    public String getTxId() {
        return txId;
    }

    public Instant getTxTimestamp() {
        return timestamp;
    }

    public String getFunction() {
        return function;
    }

    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    public byte[] getState(String key) {
        byte[] v = world.get(key);
        return v == null ? new byte[0] : v.clone();
    }

    public void putState(String key, byte[] value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        writeSet.put(key, value.clone());
    }

    public byte[] getPrivateData(String collection, String key) {
        byte[] v = privateData.getOrDefault(collection, Map.of()).get(key);
        return v == null ? new byte[0] : v.clone();
    }

    public byte[] getPrivateDataHash(String collection, String key) {
        byte[] v = privateHashes.getOrDefault(collection, Map.of()).get(key);
        return v == null ? new byte[0] : v.clone();
    }

    public void putPrivateData(String collection, String key, byte[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("value must not be empty");
        }
        privateWrites.computeIfAbsent(collection, c -> new TreeMap<>()).put(key, value.clone());
    }

    public Map<String, byte[]> getTransient() {
        return Map.copyOf(transientMap);
    }

    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        String prefix = new CompositeKey(objectType, attributes).toString();
        List<KeyValue> results = range(prefix, prefix, Integer.MAX_VALUE);
        openIterators++;
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return results.iterator();
            }

            @Override
            public void close() {
                openIterators--;
            }
        };
    }

    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        String prefix = compositeKey.toString();
        String start = bookmark == null || bookmark.isEmpty() ? prefix : bookmark;
        List<KeyValue> all = range(prefix, start, pageSize + 1);
        List<KeyValue> page = all.subList(0, Math.min(pageSize, all.size()));
        String next = all.size() > pageSize ? all.get(pageSize).getKey()
                : bookmarkOnLastPage && !page.isEmpty() ? page.get(page.size() - 1).getKey() + "\u0000" : "";
        QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder().setFetchedRecordsCount(page.size())
                .setBookmark(next).build();
        openIterators++;
        return new QueryResultsIteratorWithMetadata<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return page.iterator();
            }

            @Override
            public QueryResponseMetadata getMetadata() {
                return metadata;
            }

            @Override
            public void close() {
                openIterators--;
            }
        };
    }

    private List<KeyValue> range(String prefix, String start, int limit) {
        List<KeyValue> results = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : world.subMap(start, true, prefix + MAX_UNICODE_RUNE, false).entrySet()) {
            if (results.size() == limit) {
                break;
            }
            results.add(new Kv(e.getKey(), e.getValue().clone()));
        }
        return results;
    }

    private record Kv(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }
}
