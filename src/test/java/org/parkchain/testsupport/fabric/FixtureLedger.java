package org.parkchain.testsupport.fabric;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
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
 * The fixture's ledger: one world state that outlives server restarts, and the transactions' life cycle. The rule:
 * endorsing executes the audit-record contract and buffers the write set under the transaction id; submitting
 * applies it exactly once (a second submit of the same id changes nothing); if the world changed in between, the
 * transaction is re-executed and is valid only if it would write the same values (else MVCC_READ_CONFLICT, as a peer
 * marks a transaction whose reads went stale). Every method holds the ledger's lock.
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
    private long worldVersion;
    private long height;
    private int endorsements;
    private int recordBatchesApplied;
    private Runnable beforeNextCommit;

    /** How a submitted transaction ended. */
    record Outcome(TxValidationCode code, long blockNumber) {
    }

    private record Pending(Invocation invocation, Map<String, byte[]> writes, long worldVersion, ByteString payload,
                           Map<String, Map<String, byte[]>> privateWrites) {
    }

    /** A simulated run: its result and its write sets. */
    private record Run(String result, Map<String, byte[]> writes, Map<String, Map<String, byte[]>> privateWrites) {
    }

    FixtureLedger(AuditRecords contract, SecuredTerms securedTerms) {
        this.contract = contract;
        this.securedTerms = securedTerms;
    }

    /** Runs a function of the audit contract, or of the secured-terms contract ({@code trading:...}). */
    private Run run(Invocation i, InMemoryContractState state) {
        String prefix = SecuredTerms.CONTRACT_NAME + ":";
        if (i.function().startsWith(prefix)) {
            FixturePrivateState priv = new FixturePrivateState(privateData, i.transientMap());
            String result = securedTerms.invoke(state, priv, i.caller(), i.function().substring(prefix.length()),
                    i.args());
            return new Run(result, Map.copyOf(state.writeSet()), priv.writes());
        }
        String result = contract.invoke(state, i.caller(), i.function(), i.args());
        return new Run(result, Map.copyOf(state.writeSet()), Map.of());
    }

    /** Simulates the proposal and keeps its write set for the submit; a refusal throws ContractException. */
    synchronized String endorse(Invocation invocation) throws Invocation.Refused {
        endorsements++;
        if (committed.containsKey(invocation.txId())) {
            throw new Invocation.Refused("duplicate transaction found [" + invocation.txId() + "]");
        }
        Run run = run(invocation, state(invocation.txId(), invocation.timestamp()));
        pending.put(invocation.txId(), new Pending(invocation, run.writes(), worldVersion, null, run.privateWrites()));
        return run.result();
    }

    /** Remembers the payload of the prepared transaction the client will sign and submit. */
    synchronized void prepared(String txId, ByteString payload) {
        Pending p = pending.get(txId);
        pending.put(txId, new Pending(p.invocation(), p.writes(), p.worldVersion(), payload, p.privateWrites()));
    }

    /** Runs a read-only function against the current world; anything it writes is discarded. */
    synchronized String evaluate(Invocation invocation) {
        return run(invocation, state(invocation.txId(), invocation.timestamp())).result();
    }

    /** Orders and commits a signed transaction; a transaction id is applied at most once. */
    synchronized void submit(String txId, Envelope envelope) throws Invocation.Refused {
        ByteString payload = envelope.getPayload();
        submissions.merge(txId, 1, Integer::sum);
        if (committed.containsKey(txId)) {
            return;
        }
        Pending p = pending.remove(txId);
        if (p == null) {
            throw new Invocation.Refused("transaction " + txId + " was never endorsed by this peer");
        }
        Runnable hook = beforeNextCommit;
        beforeNextCommit = null;
        if (hook != null) {
            hook.run();
        }
        TxValidationCode code;
        if (!payload.equals(p.payload())) {
            code = TxValidationCode.ENDORSEMENT_POLICY_FAILURE;
        } else if (p.worldVersion() == worldVersion || sameWrites(p)) {
            code = TxValidationCode.VALID;
            apply(p.writes());
            p.privateWrites().forEach((collection, values) -> privateData.computeIfAbsent(collection,
                    c -> new TreeMap<>()).putAll(values));
        } else {
            code = TxValidationCode.MVCC_READ_CONFLICT;
        }
        if (code == TxValidationCode.VALID && AuditRecords.RECORD_BATCH.equals(p.invocation().function())) {
            recordBatchesApplied++;
        }
        committed.put(txId, new Outcome(code, ++height));
        processed.put(txId, ProcessedTransaction.newBuilder().setTransactionEnvelope(envelope)
                .setValidationCode(code.getNumber()).build());
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
        InMemoryContractState state = state(txId, Instant.now());
        String result = contract.invoke(state, caller, function, args);
        apply(state.writeSet());
        committed.put(txId, new Outcome(TxValidationCode.VALID, ++height));
        return result;
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

    synchronized int entryCount() {
        return (int) world.tailMap(ENTRY_PREFIX, true).keySet().stream().takeWhile(k -> k.startsWith(ENTRY_PREFIX))
                .count();
    }

    synchronized Optional<String> value(String objectType, String... attributes) {
        return Optional.ofNullable(world.get(InMemoryContractState.compositeKey(objectType, List.of(attributes))))
                .map(v -> new String(v, StandardCharsets.UTF_8));
    }

    /** A value of a private data collection as the member peer holds it, as UTF-8 text. */
    synchronized Optional<String> privateValue(String collection, String objectType, String... attributes) {
        return Optional.ofNullable(privateData.getOrDefault(collection, Map.of()).get(FixturePrivateState.key(
                objectType, attributes))).map(v -> new String(v, StandardCharsets.UTF_8));
    }

    /** A copy of the whole world state, values as UTF-8 text. */
    synchronized Map<String, String> snapshot() {
        Map<String, String> copy = new TreeMap<>();
        world.forEach((k, v) -> copy.put(k, new String(v, StandardCharsets.UTF_8)));
        return copy;
    }

    private boolean sameWrites(Pending p) {
        Invocation i = p.invocation();
        Map<String, byte[]> writes;
        try {
            writes = run(i, state(i.txId(), i.timestamp())).writes();
        } catch (ContractException e) {
            return false;
        }
        return writes.keySet().equals(p.writes().keySet())
                && writes.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), p.writes().get(e.getKey())));
    }

    private void apply(Map<String, byte[]> writes) {
        if (!writes.isEmpty()) {
            world.putAll(writes);
            worldVersion++;
        }
    }

    private InMemoryContractState state(String txId, Instant timestamp) {
        return new InMemoryContractState(world, txId, timestamp);
    }
}
