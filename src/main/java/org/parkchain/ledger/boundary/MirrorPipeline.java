package org.parkchain.ledger.boundary;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerTransaction;
import org.parkchain.ledger.control.MirrorBatch;

/**
 * One drain of the outbox by the node that holds the drainer lock, with several batches on their way to the ledger at
 * once. Business rules: batches are cut one at a time in outbox order, and up to {@code inFlight} of them are
 * endorsed, ordered and confirmed side by side, each by its own commit status, so throughput is bounded by the
 * ledger's capacity rather than its latency; the order the ledger needs is in the records (batch ids and leaf indexes),
 * not in the order of commits. A batch left unconfirmed by a crash or an outage is first looked up by the id of the
 * transaction last sent for it and then asked for from the ledger: if the ledger holds it, the batch is confirmed from
 * the ledger without a new transaction; only when the ledger answers that it does not is it sent again (the
 * idempotent contract makes even a needless repeat harmless). After a failure nothing new is cut; the batches in
 * flight finish, and the worker backs off.
 */
final class MirrorPipeline {
    private static final Logger LOG = Logger.getLogger(MirrorPipeline.class.getName());

    /** The worker's settings that shape a drain. */
    record Settings(int batchSize, int batchBytes, Duration batchTimeout, Duration pollInterval, int inFlight,
                    Duration lookupWait, Duration backoffInitial, Duration backoffMax) {
    }

    /** How one batch's task ended; {@code leftOver}: the batch was left unconfirmed by an earlier drain. */
    private record Done(int entries, boolean failed, boolean leftOver) {
    }

    private final MirrorBatches batches;
    private final LedgerGateway ledger;
    private final MirrorState state;
    private final Clock clock;
    private final Settings settings;
    private final CompletionService<Done> completions;

    MirrorPipeline(MirrorBatches batches, LedgerGateway ledger, MirrorState state, Clock clock, Settings settings,
                   ExecutorService pool) {
        this.batches = batches;
        this.ledger = ledger;
        this.state = state;
        this.clock = clock;
        this.settings = settings;
        this.completions = new ExecutorCompletionService<>(pool);
    }

    /**
     * Drains until there is nothing to cut and nothing in flight, a batch fails, or {@code running} turns false; then
     * waits for the batches in flight. Left-over batches are looked up beside new ones and do not take their places.
     *
     * @param everyRound run between completions (the worker refreshes its status snapshot)
     * @return the entries confirmed
     */
    int drain(BooleanSupplier running, Runnable everyRound) throws SQLException {
        Deque<MirrorBatches.Unconfirmed> leftOver = new ArrayDeque<>(batches.unconfirmed());
        int fresh = 0;
        int looking = 0;
        int mirrored = 0;
        boolean failed = false;
        try {
            while (true) {
                while (!failed && running.getAsBoolean() && !leftOver.isEmpty()) {
                    MirrorBatches.Unconfirmed u = leftOver.poll();
                    completions.submit(() -> record(u.batch(), u.submittedTxId()));
                    looking++;
                }
                while (!failed && running.getAsBoolean() && fresh < settings.inFlight()) {
                    Optional<MirrorBatch> cut = batches.cut(settings.batchSize(), settings.batchBytes(),
                            settings.batchTimeout());
                    if (cut.isEmpty()) {
                        break;
                    }
                    MirrorBatch batch = cut.get();
                    completions.submit(() -> record(batch, null));
                    fresh++;
                }
                if (fresh + looking == 0) {
                    return mirrored;
                }
                Done done = next(settings.pollInterval());
                everyRound.run();
                if (done != null) {
                    fresh -= done.leftOver() ? 0 : 1;
                    looking -= done.leftOver() ? 1 : 0;
                    mirrored += done.entries();
                    failed |= done.failed();
                }
            }
        } finally {
            for (int waiting = fresh + looking; waiting > 0; ) {
                Done done = next(Duration.ofSeconds(1));
                if (done == null && Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (done != null) {
                    waiting--;
                    mirrored += done.entries();
                }
            }
        }
    }

    private Done next(Duration wait) {
        try {
            Future<Done> f = completions.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            return f == null ? null : f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "Ledger mirror task failed", e.getCause());
            return new Done(0, true, false);
        }
    }

    /** Confirms one batch: from the ledger if its earlier transaction committed, else by sending it. Never throws. */
    private Done record(MirrorBatch batch, String earlierTxId) {
        try {
            String receipt = earlierTxId == null ? null : lookUp(batch, earlierTxId);
            if (receipt == null) {
                long t0 = System.nanoTime();
                LedgerTransaction tx = ledger.prepare(AuditRecords.RECORD_BATCH, batch.toJson());
                long t1 = System.nanoTime();
                batches.submitting(batch.id(), tx.txId());
                receipt = tx.commit();
                long t2 = System.nanoTime();
                LOG.fine(() -> "Batch " + batch.id() + " (" + batch.entries().size() + " entries): endorsed in "
                        + (t1 - t0) / 1_000_000 + " ms, committed as " + tx.txId() + " in " + (t2 - t1) / 1_000_000
                        + " ms");
            } else {
                state.countConfirmedByLookup();
            }
            batches.confirm(batch, receipt);
            state.mirrored(batch.entries().size(), clock.instant());
            return new Done(batch.entries().size(), false, earlierTxId != null);
        } catch (LedgerException e) {
            return failed(batch, earlierTxId != null, e.getMessage(),
                    e.kind() == LedgerException.Kind.REJECTED ? Level.SEVERE : Level.WARNING, null);
        } catch (SQLException | RuntimeException e) {
            return failed(batch, earlierTxId != null, e.getMessage(), Level.WARNING, e);
        }
    }

    /**
     * The stored batch (it carries the transaction id and duplicates, as a receipt does) if the ledger holds it; null
     * only when the ledger itself answers that it does not. A commit status other than VALID is not enough to send
     * the batch again: an answer that did not come within the wait (a node just started, a busy peer) looks like a
     * transaction not committed, and an earlier attempt than the one written down may have committed; so the ledger
     * is asked for the batch. If that question is not answered either, the lookup fails and is tried again later.
     */
    private String lookUp(MirrorBatch batch, String txId) throws LedgerException {
        CommitOutcome outcome = ledger.commitStatus(txId, settings.lookupWait());
        LOG.info(() -> "Batch " + batch.id() + " was left unconfirmed; its transaction " + txId + " is " + outcome);
        try {
            return ledger.evaluate(AuditRecords.GET_BATCH, batch.id());
        } catch (LedgerException e) {
            if (outcome != CommitOutcome.VALID && e.code().orElse(null) == ContractError.BATCH_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    private Done failed(MirrorBatch batch, boolean leftOver, String message, Level level, Throwable cause) {
        try {
            batches.countAttempt(batch.id());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "could not count the attempt", e);
        }
        state.failed(message, clock.instant(), settings.backoffInitial(), settings.backoffMax());
        LOG.log(level, "Batch " + batch.id() + " not recorded, retry after " + state.retryAt() + ": " + message, cause);
        return new Done(0, true, leftOver);
    }
}
