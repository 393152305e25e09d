package org.parkchain.testsupport.fabric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.Version;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.parkchain.ledger.contract.InMemoryContractState;

/**
 * Contract state that keeps a transaction's read set as a Fabric peer's simulator does: every key read with the
 * version it had (0: absent), and every range scanned with what it returned; the reads and writes go into the
 * transaction as Fabric's TxReadWriteSet, so its size is a real transaction's. The rule for validation at commit:
 * a key whose version changed is an MVCC_READ_CONFLICT, a range that now returns something else a
 * PHANTOM_READ_CONFLICT.
 */
final class TrackingState extends InMemoryContractState {
    private final NavigableMap<String, byte[]> world;
    private final Map<String, Long> versions;
    private final Reads reads = new Reads();

    TrackingState(NavigableMap<String, byte[]> world, Map<String, Long> versions, String txId, Instant timestamp) {
        super(world, txId, timestamp);
        this.world = world;
        this.versions = versions;
    }

    /** The read set of one simulated transaction. */
    static final class Reads {
        private final Map<String, Long> keys = new HashMap<>();
        private final List<Range> ranges = new ArrayList<>();

        private record Range(String objectType, List<String> attributes, int pageSize, String bookmark,
                             List<byte[]> values) {
        }

        TxValidationCode validate(NavigableMap<String, byte[]> world, Map<String, Long> versions) {
            for (Map.Entry<String, Long> read : keys.entrySet()) {
                if (versions.getOrDefault(read.getKey(), 0L).longValue() != read.getValue()) {
                    return TxValidationCode.MVCC_READ_CONFLICT;
                }
            }
            for (Range r : ranges) {
                List<byte[]> now = new InMemoryContractState(world, "validation", Instant.EPOCH)
                        .scan(r.objectType(), r.attributes(), r.pageSize(), r.bookmark()).values();
                if (now.size() != r.values().size()) {
                    return TxValidationCode.PHANTOM_READ_CONFLICT;
                }
                for (int i = 0; i < now.size(); i++) {
                    if (!Arrays.equals(now.get(i), r.values().get(i))) {
                        return TxValidationCode.PHANTOM_READ_CONFLICT;
                    }
                }
            }
            return TxValidationCode.VALID;
        }

        /** Fabric's TxReadWriteSet of the transaction: its reads with their versions and its writes, in key order. */
        com.google.protobuf.ByteString readWriteSet(String namespace, Map<String, byte[]> writes) {
            KVRWSet.Builder set = KVRWSet.newBuilder();
            new java.util.TreeMap<>(keys).forEach((key, version) -> {
                KVRead.Builder read = KVRead.newBuilder().setKey(key);
                if (version > 0) {
                    read.setVersion(Version.newBuilder().setBlockNum(version).setTxNum(0));
                }
                set.addReads(read);
            });
            new java.util.TreeMap<>(writes).forEach((key, value) -> set.addWrites(KVWrite.newBuilder().setKey(key)
                    .setValue(com.google.protobuf.ByteString.copyFrom(value))));
            return TxReadWriteSet.newBuilder().setDataModel(TxReadWriteSet.DataModel.KV)
                    .addNsRwset(NsReadWriteSet.newBuilder().setNamespace(namespace).setRwset(set.build().toByteString()))
                    .build().toByteString();
        }
    }

    Reads reads() {
        return reads;
    }

    @Override
    public byte[] get(String objectType, String... attributes) {
        String key = compositeKey(objectType, List.of(attributes));
        reads.keys.putIfAbsent(key, versions.getOrDefault(key, 0L));
        return world.get(key);
    }

    @Override
    public Page scan(String objectType, List<String> attributes, int pageSize, String bookmark) {
        Page page = super.scan(objectType, attributes, pageSize, bookmark);
        reads.ranges.add(new Reads.Range(objectType, List.copyOf(attributes), pageSize, bookmark, page.values()));
        return page;
    }
}
