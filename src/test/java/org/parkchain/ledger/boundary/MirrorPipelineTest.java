package org.parkchain.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.MirrorBatch;
import org.parkchain.platform.canonical.Hashes;

/**
 * The drain with several batches in flight, container-free: batches are cut in order, never more than {@code inFlight}
 * new ones are on their way, each is confirmed by itself; a left-over batch whose transaction committed is confirmed
 * without a new transaction, and so is one the ledger holds whatever its commit status; one the ledger does not hold
 * is sent again, one it does not answer for is not; after a failure nothing new is cut.
 */
class MirrorPipelineTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final MirrorState state = new MirrorState();

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    /** The database side: a queue of entries to cut, and what was written down. */
    static final class Books extends MirrorBatches {
        final List<MirrorBatch> toCut = Collections.synchronizedList(new ArrayList<>());
        final List<Unconfirmed> leftOver = new ArrayList<>();
        final Map<String, String> submitted = new ConcurrentHashMap<>();
        final Map<String, String> confirmed = new ConcurrentHashMap<>();
        final List<String> cutOrder = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Unconfirmed> unconfirmed() {
            return List.copyOf(leftOver);
        }

        @Override
        public Optional<MirrorBatch> cut(int maxSize, int maxBytes, Duration maxWait) {
            if (toCut.isEmpty()) {
                return Optional.empty();
            }
            MirrorBatch b = toCut.remove(0);
            cutOrder.add(b.id());
            return Optional.of(b);
        }

        @Override
        public void submitting(String batchId, String txId) {
            submitted.put(batchId, txId);
        }

        @Override
        public void confirm(MirrorBatch batch, String receiptJson) {
            confirmed.put(batch.id(), receiptJson);
        }

        @Override
        public void countAttempt(String batchId) {
        }
    }

    static MirrorBatch batch(int n) {
        String id = String.format("B%012d", n);
        return MirrorBatch.of(id, List.of(new AuditEntry("e" + n, "t", "a:" + n, Hashes.sha256Hex("e" + n))));
    }

    MirrorPipeline pipeline(Books books, SlowLedger ledger, int inFlight) {
        return new MirrorPipeline(books, ledger, state, Clock.systemUTC(), new MirrorPipeline.Settings(500, 98_304,
                Duration.ofMillis(200), Duration.ofMillis(20), inFlight, Duration.ofMillis(100),
                Duration.ofMillis(500), Duration.ofSeconds(2)), pool);
    }

    @Test
    void keepsUpToInFlightBatchesOnTheirWayAndConfirmsEachInCutOrder() throws Exception {
        Books books = new Books();
        for (int i = 1; i <= 20; i++) {
            books.toCut.add(batch(i));
        }
        SlowLedger ledger = new SlowLedger(Duration.ofMillis(150));

        int mirrored = pipeline(books, ledger, 4).drain(() -> true, () -> { });

        assertEquals(20, mirrored);
        assertEquals(20, books.confirmed.size());
        assertEquals(20, ledger.commits.get());
        assertEquals(4, ledger.mostInFlight.get(), "never more than in-flight, and the window is used");
        for (int i = 1; i < books.cutOrder.size(); i++) {
            assertTrue(books.cutOrder.get(i - 1).compareTo(books.cutOrder.get(i)) < 0, "cut in outbox order");
        }
        books.submitted.forEach((batchId, txId) -> assertTrue(books.confirmed.get(batchId).contains(txId),
                "each batch is confirmed with the transaction written down for it"));
        assertNull(state.lastError());
    }

    @Test
    void aLeftOverBatchWhoseTransactionCommittedIsConfirmedFromTheLedgerWithoutANewTransaction() throws Exception {
        Books books = new Books();
        SlowLedger ledger = new SlowLedger(Duration.ofMillis(10));
        books.leftOver.add(new MirrorBatches.Unconfirmed(batch(1), "tx-committed"));
        books.leftOver.add(new MirrorBatches.Unconfirmed(batch(2), "tx-lost"));
        books.leftOver.add(new MirrorBatches.Unconfirmed(batch(3), null));
        ledger.known.put("tx-committed", CommitOutcome.VALID);
        ledger.held.add("B000000000001");
        books.toCut.add(batch(4));

        assertEquals(4, pipeline(books, ledger, 2).drain(() -> true, () -> { }));

        assertTrue(books.confirmed.get("B000000000001").contains("from-ledger"), books.confirmed.toString());
        assertEquals(null, books.submitted.get("B000000000001"), "nothing sent for the committed one");
        assertNotNull(books.submitted.get("B000000000002"), "the unknown one is sent again");
        assertNotNull(books.submitted.get("B000000000003"), "one never sent is sent");
        assertEquals(3, ledger.commits.get());
        assertEquals(1, state.confirmedByLookup());
    }

    @Test
    void aLeftOverBatchTheLedgerHoldsIsNotSentAgainWhenItsCommitStatusDidNotComeInTime() throws Exception {
        Books books = new Books();
        SlowLedger ledger = new SlowLedger(Duration.ofMillis(10));
        // the status of tx-slow did not come within the wait (UNKNOWN), yet the transaction had committed; tx-older:
        // an earlier attempt than the one written down committed, the last one was invalid
        books.leftOver.add(new MirrorBatches.Unconfirmed(batch(1), "tx-slow"));
        books.leftOver.add(new MirrorBatches.Unconfirmed(batch(2), "tx-invalid"));
        ledger.known.put("tx-invalid", CommitOutcome.INVALID);
        ledger.held.add("B000000000001");
        ledger.held.add("B000000000002");

        assertEquals(2, pipeline(books, ledger, 2).drain(() -> true, () -> { }));

        assertEquals(0, ledger.commits.get(), "no transaction spent: " + books.submitted);
        assertTrue(books.confirmed.get("B000000000001").contains("from-ledger"), books.confirmed.toString());
        assertTrue(books.confirmed.get("B000000000002").contains("from-ledger"), books.confirmed.toString());
        assertEquals(2, state.confirmedByLookup());
    }

    @Test
    void aLeftOverBatchIsNotSentAgainWhileTheLedgerDoesNotAnswerWhetherItHoldsIt() throws Exception {
        Books books = new Books();
        SlowLedger ledger = new SlowLedger(Duration.ofMillis(10));
        books.leftOver.add(new MirrorBatches.Unconfirmed(batch(1), "tx-slow"));
        books.toCut.add(batch(2));
        ledger.evaluateFailsWith = "DEADLINE_EXCEEDED: evaluate";

        pipeline(books, ledger, 2).drain(() -> true, () -> { });

        assertNull(books.submitted.get("B000000000001"), "not sent again on an unanswered question");
        assertNull(books.confirmed.get("B000000000001"));
        assertTrue(state.failures() >= 1, "the lookup failed and is tried again after the backoff");
    }

    @Test
    void afterAFailureNothingNewIsCutTheBatchesInFlightFinishAndTheWorkerBacksOff() throws Exception {
        Books books = new Books();
        for (int i = 1; i <= 10; i++) {
            books.toCut.add(batch(i));
        }
        SlowLedger ledger = new SlowLedger(Duration.ofMillis(200));
        AtomicInteger rounds = new AtomicInteger();

        int mirrored = pipeline(books, ledger, 3).drain(() -> true, () -> {
            if (rounds.incrementAndGet() == 1) {
                ledger.failWith = "UNAVAILABLE: connection refused";
            }
        });

        assertTrue(mirrored >= 3 && mirrored < 10, "the three in flight finish, then it stops: " + mirrored);
        assertEquals(10 - books.cutOrder.size(), books.toCut.size());
        assertTrue(books.cutOrder.size() < 10, "nothing new is cut after the failure");
        // a batch in flight that commits after the failure clears the last error again (the ledger answers), so
        // what stays is the count of failures
        assertTrue(state.failures() >= 1, "the failure is counted");
    }
}
