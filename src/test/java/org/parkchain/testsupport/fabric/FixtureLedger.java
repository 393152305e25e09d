package org.parkchain.testsupport.fabric;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.ContractException;
import org.parkchain.ledger.contract.InMemoryContractState;
import org.parkchain.ledger.contract.SecuredTerms;

/**
 * The fixture's ledger: one world state that outlives server restarts, and the transactions' life cycle as a peer
 * and its ordering service run it. The rules: endorsing executes the contract and keeps its read set (each key with
 * the version it had, and each range with what it returned) and write set under the transaction id; submitting hands
 * the transaction to the orderer, which commits it at once or, with a commit delay, that long after the submit (the
 * orderer's batch timeout), together with every other transaction due by then as one block; a transaction id is
 * applied at most once. At commit, transactions are validated in block order as Fabric's MVCC check does: valid only
 * if every key it read still has the version it read and every range still returns the same (else
 * MVCC_READ_CONFLICT or PHANTOM_READ_CONFLICT, and nothing is written). The bookkeeping is guarded by the ledger's
 * monitor; the world by a read-write lock, so that proposals are simulated side by side as on a peer.
 */
final class FixtureLedger {
    private static final String ENTRY_PREFIX = InMemoryContractState.compositeKey("entry", List.of());

    private final AuditRecords contract;
    private final SecuredTerms securedTerms;
    private final NavigableMap<String, byte[]> world = new TreeMap<>();
    /** Private data collections, as the member peer holds them. */
    private final Map<String, Map<String, byte[]>> privateData = new TreeMap<>();
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Outcome> committed = new HashMap<>();
    private final Map<String, Integer> submissions = new HashMap<>();
    private final Map<String, ProcessedTransaction> processed = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    /** Guards the world, the versions and the private data: simulations read together, commits write alone. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock worldLock =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final java.util.ArrayDeque<Queued> orderer = new java.util.ArrayDeque<>();
    private final java.util.concurrent.ScheduledExecutorService blockCutter =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fixture-orderer");
                t.setDaemon(true);
                return t;
            });
    private java.time.Duration commitDelay = java.time.Duration.ZERO;
    private java.util.concurrent.ScheduledFuture<?> cutting;
    private final Map<String, Integer> transactionBytes = new HashMap<>();
    private long writeVersion;
    private long height;
    private int largestBlock;

    private int endorsements;
    private int recordBatchesApplied;
    private Runnable beforeNextCommit;

    /** An endorsement: the contract's result and the read-write set (Fabric's TxReadWriteSet) the transaction carries. */
    record Endorsement(String result, ByteString readWriteSet) {
    }

    /** How a submitted transaction ended. */
    record Outcome(TxValidationCode code, long blockNumber) {
    }

    private record Pending(Invocation invocation, Run run, ByteString payload) {
    }

    /** A submitted transaction waiting for the orderer to cut its block. */
    private record Queued(String txId, Envelope envelope, long dueNanos) {
    }

    /** A simulated run: its result, read set and write sets. */
    private record Run(String result, TrackingState.Reads reads, Map<String, byte[]> writes,
                       Map<String, Map<String, byte[]>> privateWrites) {
    }

    FixtureLedger(AuditRecords contract, SecuredTerms securedTerms) {
        this.contract = contract;
        this.securedTerms = securedTerms;
    }

    /** Runs a function of the audit contract, or of the secured-terms contract ({@code trading:...}). */
    private Run run(Invocation i, TrackingState state) {
        String prefix = SecuredTerms.CONTRACT_NAME + ":";
        if (i.function().startsWith(prefix)) {
            FixturePrivateState priv = new FixturePrivateState(privateData, i.transientMap());
            String result = securedTerms.invoke(state, priv, i.caller(), i.function().substring(prefix.length()),
                    i.args());
            return new Run(result, state.reads(), Map.copyOf(state.writeSet()), priv.writes());
        }
        String result = contract.invoke(state, i.caller(), i.function(), i.args());
        return new Run(result, state.reads(), Map.copyOf(state.writeSet()), Map.of());
    }

    /**
     * Simulates the proposal and keeps its read and write sets for the submit; a refusal throws ContractException.
     * Like a peer, it simulates several proposals at once (under the world's read lock); commits wait for them.
     */
    Endorsement endorse(Invocation invocation) throws Invocation.Refused {
        synchronized (this) {
            endorsements++;
            if (committed.containsKey(invocation.txId())) {
                throw new Invocation.Refused("duplicate transaction found [" + invocation.txId() + "]");
            }
        }
        Run run = read(() -> run(invocation, state(invocation.txId(), invocation.timestamp())));
        synchronized (this) {
            pending.put(invocation.txId(), new Pending(invocation, run, null));
        }
        return new Endorsement(run.result(), run.reads().readWriteSet(invocation.chaincode(), run.writes()));
    }

    private <T> T read(java.util.function.Supplier<T> reading) {
        worldLock.readLock().lock();
        try {
            return reading.get();
        } finally {
            worldLock.readLock().unlock();
        }
    }

    private void write(Runnable writing) {
        worldLock.writeLock().lock();
        try {
            writing.run();
        } finally {
            worldLock.writeLock().unlock();
        }
    }

    /** Remembers the payload of the prepared transaction the client will sign and submit. */
    synchronized void prepared(String txId, ByteString payload) {
        Pending p = pending.get(txId);
        pending.put(txId, new Pending(p.invocation(), p.run(), payload));
    }

    /** Runs a read-only function against the current world; anything it writes is discarded. */
    String evaluate(Invocation invocation) {
        return read(() -> run(invocation, state(invocation.txId(), invocation.timestamp())).result());
    }

    /**
     * Every submitted transaction commits this long after its submit (zero: at once, in the submit call); the orderer
     * looks for due transactions every {@code blockInterval}, so those submitted close together share a block.
     */
    synchronized void commitDelay(java.time.Duration delay, java.time.Duration blockInterval) {
        commitDelay = delay;
        if (cutting != null) {
            cutting.cancel(false);
            cutting = null;
        }
        if (!delay.isZero()) {
            long every = blockInterval.toNanos();
            cutting = blockCutter.scheduleAtFixedRate(this::cutDueBlock, every, every,
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    /** Hands a signed transaction to the orderer; a transaction id is applied at most once. */
    synchronized void submit(String txId, Envelope envelope) throws Invocation.Refused {
        submissions.merge(txId, 1, Integer::sum);
        if (committed.containsKey(txId) || orderer.stream().anyMatch(q -> q.txId().equals(txId))) {
            return;
        }
        if (!pending.containsKey(txId)) {
            throw new Invocation.Refused("transaction " + txId + " was never endorsed by this peer");
        }
        transactionBytes.put(txId, envelope.getSerializedSize());
        if (commitDelay.isZero()) {
            commitBlock(List.of(new Queued(txId, envelope, 0)));
            return;
        }
        orderer.add(new Queued(txId, envelope, System.nanoTime() + commitDelay.toNanos()));
    }

    /** The orderer's timer: every transaction due by now, in submit order, as one block. */
    private synchronized void cutDueBlock() {
        List<Queued> block = new java.util.ArrayList<>();
        long now = System.nanoTime();
        while (!orderer.isEmpty() && orderer.peek().dueNanos() - now <= 0) {
            block.add(orderer.poll());
        }
        if (!block.isEmpty()) {
            commitBlock(block);
        }
    }

    /** Validates and commits the transactions of one block in order, as a committing peer does. */
    private void commitBlock(List<Queued> block) {
        long number = ++height;
        largestBlock = Math.max(largestBlock, block.size());
        for (Queued q : block) {
            Pending p = pending.remove(q.txId());
            Runnable hook = beforeNextCommit;
            beforeNextCommit = null;
            if (hook != null) {
                hook.run();
            }
            TxValidationCode[] result = {TxValidationCode.ENDORSEMENT_POLICY_FAILURE};
            if (q.envelope().getPayload().equals(p.payload())) {
                write(() -> {
                    result[0] = p.run().reads().validate(world, versions);
                    if (result[0] == TxValidationCode.VALID) {
                        apply(p.run().writes());
                        p.run().privateWrites().forEach((collection, values) -> privateData.computeIfAbsent(
                                collection, c -> new TreeMap<>()).putAll(values));
                    }
                });
            }
            TxValidationCode code = result[0];
            if (code == TxValidationCode.VALID) {
                if (AuditRecords.RECORD_BATCH.equals(p.invocation().function())) {
                    recordBatchesApplied++;
                }
            }
            committed.put(q.txId(), new Outcome(code, number));
            processed.put(q.txId(), ProcessedTransaction.newBuilder().setTransactionEnvelope(q.envelope())
                    .setValidationCode(code.getNumber()).build());
        }
        notifyAll();
    }

    /** What qscc GetTransactionByID answers: the transaction as the peer keeps it, with its validation code. */
    synchronized Optional<ProcessedTransaction> processed(String txId) {
        return Optional.ofNullable(processed.get(txId));
    }

    /** Waits until the transaction is committed, at most {@code timeoutMillis}; empty when it is not by then. */
    synchronized Optional<Outcome> awaitCommit(String txId, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!committed.containsKey(txId)) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(left);
        }
        return Optional.of(committed.get(txId));
    }

    /** Executes and commits a transaction in one step, bypassing the gateway (to stage concurrent writes). */
    synchronized String commitDirectly(Caller caller, String function, List<String> args) {
        String txId = UUID.randomUUID().toString().replace("-", "");
        String[] result = new String[1];
        write(() -> {
            TrackingState state = state(txId, Instant.now());
            result[0] = contract.invoke(state, caller, function, args);
            apply(state.writeSet());
        });
        committed.put(txId, new Outcome(TxValidationCode.VALID, ++height));
        return result[0];
    }

    synchronized void beforeNextCommit(Runnable hook) {
        beforeNextCommit = hook;
    }

    synchronized int endorsements() {
        return endorsements;
    }

    synchronized int submissions(String txId) {
        return submissions.getOrDefault(txId, 0);
    }

    synchronized int recordBatchesApplied() {
        return recordBatchesApplied;
    }

    synchronized long height() {
        return height;
    }

    synchronized int largestBlock() {
        return largestBlock;
    }

    synchronized int largestTransactionBytes() {
        return transactionBytes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    synchronized int transactionBytes(String txId) {
        return transactionBytes.getOrDefault(txId, 0);
    }

    int entryCount() {
        return read(() -> (int) world.tailMap(ENTRY_PREFIX, true).keySet().stream()
                .takeWhile(k -> k.startsWith(ENTRY_PREFIX)).count());
    }

    Optional<String> value(String objectType, String... attributes) {
        return read(() -> Optional.ofNullable(world.get(InMemoryContractState.compositeKey(objectType,
                List.of(attributes)))).map(v -> new String(v, StandardCharsets.UTF_8)));
    }

    /** A value of a private data collection as the member peer holds it, as UTF-8 text. */
    Optional<String> privateValue(String collection, String objectType, String... attributes) {
        return read(() -> Optional.ofNullable(privateData.getOrDefault(collection, Map.of()).get(
                FixturePrivateState.key(objectType, attributes))).map(v -> new String(v, StandardCharsets.UTF_8)));
    }

    /** A copy of the whole world state, values as UTF-8 text. */
    Map<String, String> snapshot() {
        return read(() -> {
            Map<String, String> copy = new TreeMap<>();
            world.forEach((k, v) -> copy.put(k, new String(v, StandardCharsets.UTF_8)));
            return copy;
        });
    }

    private void apply(Map<String, byte[]> writes) {
        world.putAll(writes);
        writes.keySet().forEach(k -> versions.put(k, ++writeVersion));
    }

    private TrackingState state(String txId, Instant timestamp) {
        return new TrackingState(world, versions, txId, timestamp);
    }
}
