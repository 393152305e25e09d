package org.parkchain.ledger.boundary;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerTransaction;
import org.parkchain.ledger.control.TransactionEvidence;
import org.parkchain.platform.canonical.Hashes;

/**
 * The mirror pipeline tests' ledger: commits take {@code latency}, it counts what is in flight at once, and GetBatch
 * finds only the batches it {@code held}.
 */
final class SlowLedger implements LedgerGateway {
    final Duration latency;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();
    final Map<String, CommitOutcome> known = new ConcurrentHashMap<>();
    /** The batches the ledger holds (committed earlier); GetBatch finds only these. */
    final Set<String> held = ConcurrentHashMap.newKeySet();
    volatile String failWith;
    volatile String evaluateFailsWith;

    SlowLedger(Duration latency) {
        this.latency = latency;
    }

    @Override
    public LedgerTransaction prepare(String function, String... args) throws LedgerException {
        if (failWith != null) {
            throw LedgerException.unavailable(failWith, null);
        }
        String txId = Hashes.sha256Hex(args[0] + System.nanoTime());
        return new LedgerTransaction() {
            @Override
            public String txId() {
                return txId;
            }

            @Override
            public String commit() throws LedgerException {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(latency.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                commits.incrementAndGet();
                return "{\"duplicates\":[],\"txId\":\"" + txId + "\"}";
            }
        };
    }

    @Override
    public CommitOutcome commitStatus(String txId, Duration wait) {
        return known.getOrDefault(txId, CommitOutcome.UNKNOWN);
    }

    @Override
    public String evaluate(String function, String... args) throws LedgerException {
        if (evaluateFailsWith != null) {
            throw LedgerException.unavailable(evaluateFailsWith, null);
        }
        if (!held.contains(args[0])) {
            throw LedgerException.rejected(ContractError.BATCH_NOT_FOUND, "no batch " + args[0]);
        }
        return "{\"batchId\":\"" + args[0] + "\",\"duplicates\":[],\"txId\":\"from-ledger\"}";
    }

    @Override
    public String kind() {
        return "fabric";
    }

    @Override
    public String submit(String function, String... args) throws LedgerException {
        return prepare(function, args).commit();
    }

    @Override
    public boolean keepsPrivateData() {
        return false;
    }

    @Override
    public String submitPrivate(String function, Map<String, byte[]> transientData, String... args) {
        throw new UnsupportedOperationException("not used by the mirror");
    }

    @Override
    public ChainReport checkChain() {
        return ChainReport.notApplicable();
    }

    @Override
    public Optional<TransactionEvidence> evidence(String txId) {
        return Optional.empty();
    }

    @Override
    public boolean signsDigests() {
        return false;
    }

    @Override
    public Optional<ChainDigest> digest() {
        return Optional.empty();
    }

    @Override
    public DigestReport checkDigest(ChainDigest kept) {
        throw new UnsupportedOperationException("not used by the mirror");
    }
}
