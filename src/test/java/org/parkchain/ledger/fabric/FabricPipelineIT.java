package org.parkchain.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkchain.ledger.contract.AuditRecords.GET_BATCH;
import static org.parkchain.ledger.contract.AuditRecords.RECORD_BATCH;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerTransaction;
import org.parkchain.ledger.control.MirrorBatch;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.testsupport.fabric.Batches;
import org.parkchain.testsupport.fabric.ClientIdentity;
import org.parkchain.testsupport.fabric.GatewayFixture;
import org.parkchain.testsupport.fabric.MapConfig;

/**
 * Several batches on their way at once through the real fabric-gateway client, against the fixture peer whose
 * orderer commits a while after each submit and validates each block's transactions by their read sets: concurrent
 * batches commit together without conflicts; a transaction id is looked up by its commit status; a batch cut at the
 * default byte limit makes a transaction well below Fabric's default PreferredMaxBytes.
 */
class FabricPipelineIT {
    private static final String PT5S = "PT5S";

    @TempDir
    Path dir;
    private GatewayFixture fixture;
    private FabricLedgerGateway ledger;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @BeforeEach
    void start() {
        fixture = new GatewayFixture().start();
        ClientIdentity mirror = ClientIdentity.create(dir.resolve("mirror"), GatewayFixture.PEER_MSP, Caller.MIRROR);
        ledger = new FabricLedgerGateway(FabricSettings.from(new MapConfig(Map.of(FabricSettings.PEER_ENDPOINT,
                fixture.endpoint(), FabricSettings.MSP_ID, mirror.mspId(), FabricSettings.CERT,
                mirror.certPath().toString(), FabricSettings.KEY, mirror.keyPath().toString(),
                FabricSettings.TIMEOUT_ENDORSE, PT5S, FabricSettings.TIMEOUT_COMMIT_STATUS, PT5S))));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        ledger.close();
        fixture.close();
    }

    private static String batch(int n, int entries) {
        String[] ids = new String[entries];
        for (int i = 0; i < entries; i++) {
            ids[i] = "b" + n + "-e" + i;
        }
        return Batches.json(String.format("B%012d", n), Batches.entries("station-" + n, ids));
    }

    @Test
    void eightConcurrentBatchesCommitTogetherInOneBlockWithoutConflicts() throws Exception {
        fixture.commitDelay(Duration.ofMillis(800), Duration.ofMillis(400));
        List<LedgerTransaction> endorsed = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            endorsed.add(ledger.prepare(RECORD_BATCH, batch(n, 50)));
        }
        List<Future<String>> receipts = new ArrayList<>();
        for (LedgerTransaction tx : endorsed) {
            receipts.add(pool.submit(tx::commit));
        }
        for (Future<String> r : receipts) {
            assertFalse(CanonicalJson.parseObject(r.get()).getBoolean("replayed"));
        }
        assertEquals(400, fixture.entryCount());
        assertEquals(8, fixture.recordBatchesApplied(), "every batch VALID: no key is written by two batches");
        assertTrue(fixture.largestBlock() >= 2, "batches sent side by side share a block: " + fixture.largestBlock());
        assertTrue(fixture.height() < 8, "fewer blocks than batches: " + fixture.height());
    }

    @Test
    void aTransactionIdIsLookedUpByItsCommitStatusValidOnceCommittedUnknownIfNeverSent() throws Exception {
        fixture.commitDelay(Duration.ofMillis(500));
        LedgerTransaction tx = ledger.prepare(RECORD_BATCH, batch(1, 3));
        assertEquals(CommitOutcome.UNKNOWN, ledger.commitStatus(tx.txId(), Duration.ofMillis(300)),
                "endorsed but not sent: the ledger has not seen it");
        CompletableFuture<String> committing = CompletableFuture.supplyAsync(() -> {
            try {
                return tx.commit();
            } catch (LedgerException e) {
                throw new IllegalStateException(e);
            }
        }, pool);
        assertEquals(CommitOutcome.VALID, ledger.commitStatus(tx.txId(), Duration.ofSeconds(3)),
                "the lookup waits for the commit that is on its way");
        assertEquals(tx.txId(), CanonicalJson.parseObject(committing.get()).getString("txId"));
        assertEquals(tx.txId(), CanonicalJson.parseObject(ledger.evaluate(GET_BATCH, "B000000000001"))
                .getString("txId"), "the stored batch is the receipt");
        assertEquals(1, fixture.submissions(tx.txId()));
        assertEquals(CommitOutcome.UNKNOWN, ledger.commitStatus(Hashes.sha256Hex("never sent"), Duration.ofMillis(200)));
    }

    @Test
    void anInvalidTransactionIsReportedAsInvalidByItsCommitStatus() throws Exception {
        String json = batch(1, 2);
        LedgerTransaction tx = ledger.prepare(RECORD_BATCH, json);
        // another mirror records the same batch first: our transaction read the batch key as absent
        fixture.beforeNextCommit(() -> fixture.commitDirectly(new Caller(GatewayFixture.PEER_MSP, Caller.MIRROR),
                RECORD_BATCH, json));
        LedgerException e = assertThrows(LedgerException.class, tx::commit);
        assertTrue(e.getMessage().contains("MVCC_READ_CONFLICT"), e.getMessage());
        assertEquals(CommitOutcome.INVALID, ledger.commitStatus(tx.txId(), Duration.ofSeconds(1)));
    }

    @Test
    void batchesAtTheDefaultLimitsMakeTransactionsBelowFabricsPreferredMaxBytes() throws Exception {
        List<AuditEntry> typical = new ArrayList<>();
        List<AuditEntry> smallest = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            typical.add(new AuditEntry(java.util.UUID.randomUUID().toString(), "participant.registered",
                    "participant:" + (10_000 + i), Hashes.sha256Hex("typical " + i)));
            smallest.add(new AuditEntry(Integer.toString(i, 36), "t", "a", Hashes.sha256Hex("small " + i)));
        }
        // the largest entries the contract accepts (128-character type and aggregate id), cut at the byte limit
        List<AuditEntry> largest = new ArrayList<>();
        int bytes = MirrorBatch.ENVELOPE_BYTES;
        for (int i = 0; ; i++) {
            AuditEntry e = new AuditEntry(java.util.UUID.randomUUID().toString(), "t".repeat(128),
                    String.format("%0128d", i), Hashes.sha256Hex("big " + i));
            bytes += MirrorBatch.entryBytes(e);
            if (bytes > 98_304) {
                break;
            }
            largest.add(e);
        }
        int n = 0;
        for (List<AuditEntry> entries : List.of(typical, smallest, largest)) {
            MirrorBatch batch = MirrorBatch.of(String.format("B%012d", ++n), entries);
            assertTrue(batch.jsonBytes() <= 98_304, "the cut keeps the argument within the limit: " + batch.jsonBytes());
            String txId = CanonicalJson.parseObject(ledger.submit(RECORD_BATCH, batch.toJson())).getString("txId");
            int tx = fixture.transactionBytes(txId);
            System.out.printf("%d entries, %d bytes of JSON: a transaction of %d bytes%n", entries.size(),
                    batch.jsonBytes(), tx);
            assertTrue(tx < 512 * 1024, entries.size() + " entries: a " + tx + "-byte transaction");
        }
    }
}
