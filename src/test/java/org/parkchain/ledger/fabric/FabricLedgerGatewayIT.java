package org.parkchain.ledger.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkchain.ledger.contract.AuditRecords.GET_BATCH;
import static org.parkchain.ledger.contract.AuditRecords.GET_ENTRY;
import static org.parkchain.ledger.contract.AuditRecords.GET_HISTORY_BY_AGGREGATE;
import static org.parkchain.ledger.contract.AuditRecords.RECORD_BATCH;
import static org.parkchain.testsupport.LedgerAssertions.assertRejected;
import static org.parkchain.testsupport.LedgerAssertions.assertUnavailableWithin;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.control.EvidenceCheck;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.TransactionEvidence;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.fabric.Batches;
import org.parkchain.testsupport.fabric.Certificates;
import org.parkchain.testsupport.fabric.ClientIdentity;
import org.parkchain.testsupport.fabric.GatewayFixture;
import org.parkchain.testsupport.fabric.MapConfig;

/**
 * The Fabric adapter against the Fabric Gateway fixture over a real Netty connection on 127.0.0.1: the fixture runs
 * the real audit-record contract, so these tests pin both the adapter's protocol handling and its error mapping.
 */
class FabricLedgerGatewayIT {
    private static final String PT2S = "PT2S";
    private static final Duration DEADLINE = Duration.parse(PT2S);

    @TempDir
    Path dir;
    private GatewayFixture fixture;
    private ClientIdentity mirror;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private int identities;

    @BeforeEach
    void startPeer() {
        fixture = new GatewayFixture().start();
        closeables.add(fixture);
        mirror = ClientIdentity.create(dir.resolve("mirror"), "ParkChainMSP", Caller.MIRROR);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    @Test
    void recordsABatchThroughSubmitAndReadsItBackThroughEvaluate() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of());
        List<AuditEntry> entries = Batches.entries("station-7", "e1", "e2", "e3");
        Instant before = Instant.now().minusSeconds(1);

        JsonObject receipt = json(ledger.submit(RECORD_BATCH, Batches.json("b-1", entries)));

        assertEquals("fabric", ledger.kind());
        assertFalse(receipt.getBoolean("replayed"));
        assertEquals(3, receipt.getInt("recorded"));
        assertEquals(Batches.merkleRoot(entries), receipt.getString("merkleRoot"));
        String txId = receipt.getString("txId");
        assertTrue(txId.matches("[0-9a-f]{64}"), "the client's transaction id: " + txId);
        assertTrue(Instant.parse(receipt.getString("recordedAt")).isAfter(before), "the proposal's timestamp");
        assertEquals(1, fixture.submissions(txId));
        assertEquals(1, fixture.recordBatchesApplied());
        assertEquals(3, fixture.entryCount());

        String e2 = ledger.evaluate(GET_ENTRY, "e2");
        assertEquals(fixture.entry("e2").orElseThrow(), e2);
        assertEquals(1, json(e2).getInt("leafIndex"));
        assertEquals(entries.get(1).hash(), json(e2).getString("hash"));
        assertEquals(txId, json(e2).getString("txId"));
        JsonObject batch = json(ledger.evaluate(GET_BATCH, "b-1"));
        assertEquals(Batches.merkleRoot(entries), batch.getString("merkleRoot"));
        assertEquals(3, batch.getJsonArray("entries").size());
        assertEquals(3, json(ledger.evaluate(GET_HISTORY_BY_AGGREGATE, "station-7")).getJsonArray("entries").size());
        assertEquals(1, fixture.height(), "one block for the submit; evaluations commit nothing");
    }

    /**
     * Fabric's own evidence of the commit, through the port: the processed transaction from qscc checks offline
     * (validation code, transaction id, client signature, the peer's endorsement) and its result records the batch's
     * Merkle root; a changed byte breaks it, and an unknown transaction has none.
     */
    @Test
    void evidenceOfACommittedBatchChecksOfflineInFabricsOwnFormat() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of());
        List<AuditEntry> entries = Batches.entries("station-7", "e1", "e2");
        String txId = json(ledger.submit(RECORD_BATCH, Batches.json("b-1", entries))).getString("txId");

        TransactionEvidence evidence = ledger.evidence(txId).orElseThrow();
        assertEquals(TransactionEvidence.FABRIC_TRANSACTION, evidence.format());
        EvidenceCheck.Result checked = EvidenceCheck.check(evidence, txId);
        assertTrue(checked.holds(), checked.problems().toString());
        assertEquals(1, checked.signers().size());
        assertTrue(checked.signers().get(0).startsWith(GatewayFixture.PEER_MSP + ":"), checked.signers().toString());
        assertTrue(checked.result().contains(Batches.merkleRoot(entries)), checked.result());
        assertFalse(EvidenceCheck.check(evidence, "0".repeat(64)).holds(), "evidence for another transaction");

        byte[] bytes = java.util.Base64.getDecoder().decode(evidence.content().getString("processedTransaction"));
        bytes[bytes.length / 2] ^= 1;
        TransactionEvidence altered = new TransactionEvidence(evidence.format(), evidence.name(),
                jakarta.json.Json.createObjectBuilder(evidence.content()).add("processedTransaction",
                        java.util.Base64.getEncoder().encodeToString(bytes)).build());
        assertFalse(EvidenceCheck.check(altered, txId).holds(), "a changed byte");
        assertTrue(ledger.evidence("f".repeat(64)).isEmpty());
    }

    @Test
    void resubmittingTheSameBatchReplaysTheReceiptAndLeavesTheStateAlone() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of());
        String batch = Batches.json("b-1", Batches.entries("station-7", "e1", "e2"));
        JsonObject first = json(ledger.submit(RECORD_BATCH, batch));
        Map<String, String> state = fixture.worldState();

        JsonObject again = json(ledger.submit(RECORD_BATCH, batch));

        assertTrue(again.getBoolean("replayed"));
        assertEquals(first.getString("txId"), again.getString("txId"), "the original receipt");
        assertEquals(state, fixture.worldState());
        assertEquals(2, fixture.entryCount());
    }

    @Test
    void callersWithoutTheRoleOrFromAnotherMspAreRejectedAsUnauthorized() throws Exception {
        String batch = Batches.json("b-1", Batches.entries("station-7", "e1"));
        FabricLedgerGateway noRole = connect(identity("ParkChainMSP", null), Map.of());
        FabricLedgerGateway otherMsp = connect(identity("OtherMSP", Caller.MIRROR), Map.of());

        assertRejected(ContractError.UNAUTHORIZED, () -> noRole.submit(RECORD_BATCH, batch));
        assertRejected(ContractError.UNAUTHORIZED, () -> noRole.evaluate(GET_BATCH, "b-1"));
        LedgerException e = assertRejected(ContractError.UNAUTHORIZED, () -> otherMsp.submit(RECORD_BATCH, batch));
        assertTrue(e.getMessage().startsWith("UNAUTHORIZED: ") && e.getMessage().contains("OtherMSP"), e.getMessage());

        fixture.channelMembers(Set.of("ParkChainMSP"));
        e = assertRejected(ContractError.UNAUTHORIZED, () -> otherMsp.evaluate(GET_BATCH, "b-1"));
        assertTrue(e.getMessage().contains("access denied"), "the peer refused, not the contract: " + e.getMessage());
        assertRejected(ContractError.UNAUTHORIZED, () -> otherMsp.submit(RECORD_BATCH, batch));
        assertEquals(0, fixture.entryCount());
        assertEquals(0, fixture.height());
    }

    @Test
    void anAuditorReadsButDoesNotRecord() throws Exception {
        connect(mirror, Map.of()).submit(RECORD_BATCH, Batches.json("b-1", Batches.entries("station-7", "e1")));
        FabricLedgerGateway auditor = connect(identity("ParkChainMSP", Caller.AUDITOR), Map.of());

        assertEquals("b-1", json(auditor.evaluate(GET_BATCH, "b-1")).getString("batchId"));
        assertRejected(ContractError.UNAUTHORIZED,
                () -> auditor.submit(RECORD_BATCH, Batches.json("b-2", Batches.entries("station-7", "e2"))));
        assertRejected(ContractError.ENTRY_NOT_FOUND, () -> auditor.evaluate(GET_ENTRY, "nope"));
        // the mirror sends a left-over batch again only on this answer
        assertRejected(ContractError.BATCH_NOT_FOUND, () -> auditor.evaluate(GET_BATCH, "b-2"));
    }

    @Test
    void aWrongMerkleRootIsRejectedAndNothingIsWritten() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of());
        List<AuditEntry> entries = Batches.entries("station-7", "e1", "e2");
        String wrongRoot = Batches.merkleRoot(entries.subList(0, 1));

        LedgerException e = assertRejected(ContractError.MERKLE_ROOT_MISMATCH,
                () -> ledger.submit(RECORD_BATCH, Batches.json("b-1", wrongRoot, entries)));
        assertTrue(e.getMessage().contains("b-1"), e.getMessage());
        assertEquals(1, fixture.endorsements());
        assertEquals(0, fixture.entryCount());
    }

    @Test
    void aStoppedPeerIsUnavailableWithinTheDeadlineAndTheSameGatewayRecovers() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of());
        ledger.submit(RECORD_BATCH, Batches.json("b-1", Batches.entries("station-7", "e1")));
        int port = fixture.port();
        fixture.stop();

        String second = Batches.json("b-2", Batches.entries("station-7", "e2"));
        assertUnavailableWithin(DEADLINE, () -> ledger.submit(RECORD_BATCH, second));
        assertUnavailableWithin(DEADLINE, () -> ledger.evaluate(GET_BATCH, "b-1"));

        fixture.start();
        assertEquals(port, fixture.port());
        assertFalse(json(ledger.submit(RECORD_BATCH, second)).getBoolean("replayed"));
        assertEquals("b-1", json(ledger.evaluate(GET_BATCH, "b-1")).getString("batchId"), "state kept");
    }

    @Test
    void aPeerThatDoesNotAnswerInTimeIsUnavailableAfterTheCallTypesDeadline() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of(FabricSettings.TIMEOUT_EVALUATE, "PT0.5S"));
        fixture.delayResponses(Duration.ofMillis(1500));

        long start = System.nanoTime();
        LedgerException e = assertUnavailableWithin(Duration.ofSeconds(1), () -> ledger.evaluate(GET_BATCH, "b-1"));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(450).toNanos(), "waited for the deadline");
        assertTrue(e.getMessage().contains("DEADLINE_EXCEEDED"), e.getMessage());
    }

    @Test
    void anInvalidCommitIsUnavailableAndTheRetryReplays() throws Exception {
        FabricLedgerGateway ledger = connect(mirror, Map.of());
        String batch = Batches.json("b-race", Batches.entries("station-7", "e1", "e2"));
        // another mirror instance records the same batch between our endorsement and our commit
        Caller otherMirror = new Caller("ParkChainMSP", Caller.MIRROR);
        fixture.beforeNextCommit(() -> fixture.commitDirectly(otherMirror, RECORD_BATCH, batch));

        LedgerException e = assertThrows(LedgerException.class, () -> ledger.submit(RECORD_BATCH, batch));
        assertEquals(LedgerException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("MVCC_READ_CONFLICT"), e.getMessage());
        assertEquals(2, fixture.entryCount());
        assertTrue(json(ledger.submit(RECORD_BATCH, batch)).getBoolean("replayed"));
    }

    @Test
    void tlsWithHostOverrideWorksAndAWrongTrustRootOrHostIsUnavailable() throws Exception {
        GatewayFixture tlsPeer = new GatewayFixture(Set.of("ParkChainMSP"), true).start();
        closeables.add(tlsPeer);
        Path peerCa = tlsPeer.writeTlsCert(dir.resolve("peer-ca.pem"));
        Path otherCa = Files.writeString(dir.resolve("other-ca.pem"), Certificates.pem(
                Certificates.tlsServer(Certificates.ecKeyPair(), List.of("peer0.other.example"))));
        Map<String, String> tls = Map.of(FabricSettings.PEER_ENDPOINT, tlsPeer.endpoint(),
                FabricSettings.TLS_CERT, peerCa.toString(), FabricSettings.HOST_OVERRIDE, "peer0.park.example");

        FabricLedgerGateway ledger = connect(mirror, tls);
        ledger.submit(RECORD_BATCH, Batches.json("b-1", Batches.entries("station-7", "e1")));
        assertEquals("b-1", json(ledger.evaluate(GET_BATCH, "b-1")).getString("batchId"));

        Map<Map<String, String>, String> wrongSettings = Map.of(
                with(tls, FabricSettings.TLS_CERT, otherCa.toString()), "certification path",
                with(tls, FabricSettings.HOST_OVERRIDE, "orderer.park.example"), "orderer.park.example",
                with(tls, FabricSettings.HOST_OVERRIDE, ""), "127.0.0.1");
        wrongSettings.forEach((wrong, reason) -> {
            FabricLedgerGateway refused = connect(mirror, wrong);
            LedgerException e = assertUnavailableWithin(DEADLINE, () -> refused.evaluate(GET_BATCH, "b-1"));
            assertTrue(e.getMessage().contains(reason), "the TLS failure is named: " + e.getMessage());
        });
    }

    @Test
    void settingsTakeDefaultsAndNameTheKeyOfAMissingOrBrokenFile() throws Exception {
        Map<String, String> minimal = Map.of(FabricSettings.CERT, mirror.certPath().toString(),
                FabricSettings.KEY, mirror.keyPath().toString());
        FabricSettings defaults = FabricSettings.from(new MapConfig(minimal));
        assertEquals(new FabricSettings("localhost:7051", "", null, "ParkChainMSP", mirror.certPath(),
                mirror.keyPath(), "parkchain", "parkchain-audit", Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(5), Duration.ofMinutes(1)), defaults);

        assertSettingsError(FabricSettings.CERT, Map.of(FabricSettings.KEY, mirror.keyPath().toString()));
        Path missing = dir.resolve("missing.pem");
        assertSettingsError(FabricSettings.KEY + ": file " + missing,
                with(minimal, FabricSettings.KEY, missing.toString()));
        assertSettingsError(FabricSettings.TLS_CERT + ": file " + missing,
                with(minimal, FabricSettings.TLS_CERT, missing.toString()));
        assertSettingsError(FabricSettings.TIMEOUT_ENDORSE, with(minimal, FabricSettings.TIMEOUT_ENDORSE, "15s"));
        ClientIdentity other = identity("ParkChainMSP", Caller.MIRROR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FabricLedgerGateway(
                FabricSettings.from(new MapConfig(with(minimal, FabricSettings.KEY, other.keyPath().toString())))));
        assertTrue(e.getMessage().startsWith(FabricSettings.KEY + ": ") && e.getMessage().contains("not the private"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FabricLedgerGateway(
                FabricSettings.from(new MapConfig(with(minimal, FabricSettings.CERT, mirror.keyPath().toString())))));
        assertTrue(e.getMessage().startsWith(FabricSettings.CERT + ": "), e.getMessage());
    }

    private FabricLedgerGateway connect(ClientIdentity identity, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(FabricSettings.PEER_ENDPOINT, fixture.endpoint(),
                FabricSettings.MSP_ID, identity.mspId(), FabricSettings.CERT, identity.certPath().toString(),
                FabricSettings.KEY, identity.keyPath().toString(), FabricSettings.TIMEOUT_EVALUATE, PT2S,
                FabricSettings.TIMEOUT_ENDORSE, PT2S, FabricSettings.TIMEOUT_SUBMIT, PT2S,
                FabricSettings.TIMEOUT_COMMIT_STATUS, PT2S));
        values.putAll(overrides);
        FabricLedgerGateway gateway = new FabricLedgerGateway(FabricSettings.from(new MapConfig(values)));
        closeables.add(gateway);
        return gateway;
    }

    /** A new client identity in its own directory. */
    private ClientIdentity identity(String mspId, String role) {
        return ClientIdentity.create(dir.resolve("identity-" + ++identities), mspId, role);
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, value);
        return copy;
    }

    private static JsonObject json(String text) {
        return CanonicalJson.parseObject(text);
    }

    private static void assertSettingsError(String expected, Map<String, String> values) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FabricSettings.from(new MapConfig(values)));
        assertTrue(e.getMessage().startsWith(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
