package org.parkchain.chaincode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The contract through its Fabric entry points: Mockito-mocked {@link Context} and {@link ClientIdentity}, and a mocked
 * {@link ChaincodeStub} backed by a sorted map ({@link FakeLedger}). Each call runs as one transaction whose write set
 * is committed when it succeeds and dropped when it is refused.
 */
class AuditContractTest {
    static final String MSP = "ParkChainMSP";
    static final String REGULATOR_MSP = "RegulatorMSP";
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456789Z");

    final FakeLedger ledger = new FakeLedger();
    final ChaincodeStub stub = ledger.stub();
    final AuditContract contract = new AuditContract(Set.of(MSP, REGULATOR_MSP));
    int transactions;

    @AfterEach
    void iteratorsAreClosed() {
        assertEquals(0, ledger.openIterators, "every state iterator is closed");
    }

    @Nested
    class RecordBatch {
        final AuditEntry e1 = entry("e-1", "participant:1");
        final AuditEntry e2 = entry("e-2", "participant:2");
        final AuditEntry e3 = entry("e-3", "participant:1");

        @Test
        void storesOneKeyPerEntryPlusTheBatchAndTheAggregateIndex() {
            record("b-1", e1, e2, e3);

            for (AuditEntry e : List.of(e1, e2, e3)) {
                verify(stub).putState(eq(key("entry", e.id())), any(byte[].class));
                verify(stub).putState(eq(key("aggregate", e.aggregateId(), e.id())), eq(e.id().getBytes(UTF_8)));
            }
            verify(stub).putState(eq(key("batch", "b-1")), any(byte[].class));
            verify(stub, times(7)).putState(anyString(), any(byte[].class));
            assertEquals(7, ledger.world.size());

            JsonObject stored = json(ledger.value(key("entry", "e-2")));
            assertEquals("b-1", stored.getString("batchId"));
            assertEquals(1, stored.getInt("leafIndex"));
            assertEquals("tx-1", stored.getString("txId"));
            assertEquals(e2.hash(), stored.getString("hash"));
        }

        @Test
        void returnsTheReceiptAsCanonicalJsonWithTxIdAndRecordedCount() {
            String root = root(e1, e2, e3);

            String receipt = record("b-1", e1, e2, e3);

            assertEquals("{\"batchId\":\"b-1\",\"duplicates\":[],\"merkleRoot\":\"" + root + "\",\"recorded\":3,"
                    + "\"recordedAt\":\"2026-03-01T10:00:01.123456Z\",\"replayed\":false,\"size\":3,"
                    + "\"txId\":\"tx-1\"}", receipt);
            assertEquals(CanonicalJson.write(json(ledger.value(key("batch", "b-1")))),
                    ledger.value(key("batch", "b-1")), "stored canonically too");
        }

        @Test
        void acceptsTheHandWorkedRootOfASingleEntry() throws Exception {
            AuditEntry only = new AuditEntry("e-1", "ParticipantRegistered", "participant:1",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
            String leafData = "{\"aggregateId\":\"participant:1\","
                    + "\"hash\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
                    + "\"id\":\"e-1\",\"type\":\"ParticipantRegistered\"}";
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) 0x00);
            sha256.update(leafData.getBytes(UTF_8));
            String expectedRoot = HexFormat.of().formatHex(sha256.digest());

            assertArrayEquals(leafData.getBytes(UTF_8), only.leafData());
            assertEquals(expectedRoot, root(only), "RFC 6962: the root of one leaf is its leaf hash");
            JsonObject receipt = json(record(mirror(), batch("b-1", expectedRoot, only)));
            assertEquals(expectedRoot, receipt.getString("merkleRoot"));
            assertEquals(1, receipt.getInt("recorded"));
        }

        @Test
        void replayingABatchWithTheSameRootIsANoOpThatReturnsTheOriginalReceipt() {
            JsonObject first = json(record("b-1", e1, e2));

            JsonObject replay = json(record("b-1", e1, e2));

            verify(stub, never()).putState(anyString(), any(byte[].class));
            assertTrue(replay.getBoolean("replayed"));
            assertEquals("tx-1", replay.getString("txId"), "the receipt of the transaction that recorded it");
            assertEquals(first.getString("recordedAt"), replay.getString("recordedAt"));
            assertEquals(2, replay.getInt("recorded"));
            assertEquals(5, ledger.world.size());
        }

        @Test
        void theSameBatchIdWithAnotherRootIsAConflict() {
            record("b-1", e1, e2);

            refused(ContractError.BATCH_CONFLICT, () -> record("b-1", e1, e3));

            assertEquals(5, ledger.world.size());
            assertEquals(null, ledger.value(key("entry", "e-3")));
        }

        @Test
        void anEntryRecordedBeforeWithTheSameHashIsReportedAsDuplicateAndNotWrittenAgain() {
            record("b-1", e1, e2);
            String storedE2 = ledger.value(key("entry", "e-2"));

            JsonObject receipt = json(record("b-2", e2, e3));

            verify(stub, never()).putState(eq(key("entry", "e-2")), any(byte[].class));
            verify(stub, never()).putState(eq(key("aggregate", "participant:2", "e-2")), any(byte[].class));
            verify(stub).putState(eq(key("entry", "e-3")), any(byte[].class));
            assertEquals(1, receipt.getInt("recorded"));
            assertEquals(2, receipt.getInt("size"));
            assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("batchId", "b-1").add("id", "e-2")
                    .add("leafIndex", 1).add("txId", "tx-1")).build(), receipt.getJsonArray("duplicates"));
            assertEquals(storedE2, ledger.value(key("entry", "e-2")), "still the first recording");
            assertEquals(2, json(ledger.value(key("batch", "b-2"))).getJsonArray("entries").size(),
                    "the batch keeps every entry its root covers");
        }

        @Test
        void anEntryRecordedBeforeWithAnotherHashIsAConflict() {
            record("b-1", e1, e2);
            AuditEntry tampered = new AuditEntry("e-2", e2.type(), e2.aggregateId(), Hashes.sha256Hex("other"));
            AuditEntry e4 = entry("e-4", "participant:4");

            ChaincodeException e = refused(ContractError.ENTRY_CONFLICT, () -> record("b-2", e4, tampered));

            assertTrue(e.getMessage().contains("e-2"), e.getMessage());
            assertEquals(null, ledger.value(key("batch", "b-2")));
            assertEquals(null, ledger.value(key("entry", "e-4")), "the refused transaction's writes are not kept");
            assertEquals(5, ledger.world.size());
        }

        @Test
        void aWrongMerkleRootIsRefused() {
            String wrong = root(e2, e1);

            refused(ContractError.MERKLE_ROOT_MISMATCH, () -> record(mirror(), batch("b-1", wrong, e1, e2)));

            verify(stub, never()).putState(anyString(), any(byte[].class));
        }

        @ParameterizedTest
        @ValueSource(strings = {"not json", "[1,2]", "", "{\"batchId\":", "{}", "{\"batchId\":\"b-1\"}"})
        void malformedJsonIsAnInvalidArgument(String batchJson) {
            refused(ContractError.INVALID_ARGUMENT, () -> record(mirror(), batchJson));

            verify(stub, never()).putState(anyString(), any(byte[].class));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", "abc", ""})
        void aHashThatIsNotLowerCaseSha256HexIsAnInvalidArgument(String hash) {
            AuditEntry bad = new AuditEntry("e-1", "ParticipantRegistered", "participant:1", hash);

            ChaincodeException e = refused(ContractError.INVALID_ARGUMENT,
                    () -> record(mirror(), batch("b-1", root(bad), bad)));

            assertTrue(e.getMessage().contains("hash"), e.getMessage());
        }

        @Test
        void moreThanTheMaximumNumberOfEntriesIsAnInvalidArgument() {
            AuditEntry[] entries = new AuditEntry[AuditRecords.MAX_BATCH_SIZE + 1];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = entry("e-" + i, "participant:" + (i % 7));
            }

            ChaincodeException e = refused(ContractError.INVALID_ARGUMENT,
                    () -> record(mirror(), batch("b-1", root(entries), entries)));

            assertTrue(e.getMessage().contains("at most " + AuditRecords.MAX_BATCH_SIZE), e.getMessage());
            verify(stub, never()).putState(anyString(), any(byte[].class));
        }

        @Test
        void anEmptyBatchIsAnInvalidArgument() {
            refused(ContractError.INVALID_ARGUMENT, () -> record(mirror(), batch("b-1", root())));
        }

        @Test
        void anIdFabricCannotUseInAKeyIsAnInvalidArgumentNotACrash() {
            // U+10FFFF passes the shared id check but is reserved in Fabric composite keys
            AuditEntry bad = entry("e-\uDBFF\uDFFF", "participant:1");

            refused(ContractError.INVALID_ARGUMENT, () -> record(mirror(), batch("b-1", root(bad), bad)));

            assertTrue(ledger.world.isEmpty());
        }

        @ParameterizedTest(name = "MSP {0}, role {1}")
        @CsvSource(value = {"OtherMSP, mirror", "ParkChainMSP, NULL", "RegulatorMSP, auditor", "ParkChainMSP, auditor",
                "ParkChainMSP, admin", "NULL, mirror"}, nullValues = "NULL")
        void aCallerWhoMayNotRecordIsUnauthorizedAndNothingIsWritten(String msp, String role) {
            ChaincodeException e = refused(ContractError.UNAUTHORIZED,
                    () -> record(caller(msp, role), batch("b-1", root(e1), e1)));

            assertTrue(e.getMessage().contains("recording"), e.getMessage());
            verify(stub, never()).putState(anyString(), any(byte[].class));
            assertTrue(ledger.world.isEmpty());
        }

        @Test
        void aCallerWithoutClientIdentityIsUnauthorized() {
            Context ctx = mock(Context.class);
            when(ctx.getStub()).thenReturn(stub);

            refused(ContractError.UNAUTHORIZED, () -> record(ctx, batch("b-1", root(e1), e1)));

            verify(stub, never()).putState(anyString(), any(byte[].class));
        }
    }

    @Nested
    class GetEntry {
        @Test
        void anAuditorReadsARecordedEntry() {
            AuditEntry e1 = entry("e-1", "participant:1");
            record("b-1", entry("e-0", "participant:0"), e1);

            String entry = read(() -> contract.getEntry(auditor(), "e-1"));

            assertEquals("{\"aggregateId\":\"participant:1\",\"batchId\":\"b-1\",\"hash\":\"" + e1.hash() + "\","
                    + "\"id\":\"e-1\",\"leafIndex\":1,\"recordedAt\":\"2026-03-01T10:00:01.123456Z\","
                    + "\"txId\":\"tx-1\",\"type\":\"ParticipantRegistered\"}", entry);
            verify(stub, never()).putState(anyString(), any(byte[].class));
        }

        @Test
        void theMirrorReadsToo() {
            record("b-1", entry("e-1", "participant:1"));

            assertEquals("e-1", json(read(() -> contract.getEntry(mirror(), "e-1"))).getString("id"));
        }

        @Test
        void anUnknownEntryIsNotFound() {
            ChaincodeException e = refused(ContractError.ENTRY_NOT_FOUND,
                    () -> read(() -> contract.getEntry(auditor(), "e-404")));

            assertEquals("ENTRY_NOT_FOUND: no entry e-404", e.getMessage());
        }

        @Test
        void anUntrustedReaderIsUnauthorized() {
            record("b-1", entry("e-1", "participant:1"));

            ChaincodeException e = refused(ContractError.UNAUTHORIZED,
                    () -> read(() -> contract.getEntry(caller("OtherMSP", "auditor"), "e-1")));

            assertTrue(e.getMessage().contains("reading"), e.getMessage());
        }

        @Test
        void aReaderWithoutRoleIsUnauthorized() {
            refused(ContractError.UNAUTHORIZED, () -> read(() -> contract.getEntry(caller(REGULATOR_MSP, null), "e-1")));
        }
    }

    @Nested
    class GetBatch {
        @Test
        void returnsTheBatchWithTheEntriesItsRootCovers() {
            AuditEntry e1 = entry("e-1", "participant:1");
            AuditEntry e2 = entry("e-2", "participant:2");
            record("b-1", e1, e2);

            JsonObject batch = json(read(() -> contract.getBatch(auditor(), "b-1")));

            assertEquals(root(e1, e2), batch.getString("merkleRoot"));
            assertEquals(Json.createArrayBuilder().add(e1.toJson()).add(e2.toJson()).build(),
                    batch.getJsonArray("entries"));
            List<byte[]> leaves = new ArrayList<>();
            for (JsonObject o : batch.getJsonArray("entries").getValuesAs(JsonObject.class)) {
                leaves.add(AuditEntry.fromJson(o).leafHash());
            }
            assertEquals(batch.getString("merkleRoot"), Hashes.hex(MerkleTree.root(leaves)), "verifiable as read");
            assertEquals("tx-1", batch.getString("txId"));
            assertEquals(2, batch.getInt("recorded"));
        }

        @Test
        void anUnknownBatchIsNotFound() {
            ChaincodeException e = refused(ContractError.BATCH_NOT_FOUND,
                    () -> read(() -> contract.getBatch(auditor(), "b-404")));

            assertEquals("BATCH_NOT_FOUND: no batch b-404", e.getMessage());
        }

        @Test
        void anEmptyIdIsAnInvalidArgument() {
            refused(ContractError.INVALID_ARGUMENT, () -> read(() -> contract.getBatch(auditor(), "")));
        }
    }

    @Nested
    class GetHistoryByAggregate {
        @Test
        void returnsOnlyThatAggregatesEntriesEvenWhenItsIdPrefixesAnother() {
            record("b-1", entry("e-3", "participant:1"), entry("e-2", "participant:10"));
            record("b-2", entry("e-1", "participant:1"), entry("e-4", "participant:10"),
                    entry("e-5", "participant:1x"));

            JsonObject history = json(read(() -> contract.getHistoryByAggregate(auditor(), "participant:1")));

            assertEquals("participant:1", history.getString("aggregateId"));
            assertEquals(List.of("e-1", "e-3"), ids(history.getJsonArray("entries")), "in entry id order");
            assertEquals(List.of("b-2", "b-1"), history.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                    .map(o -> o.getString("batchId")).toList());
            assertEquals(List.of("e-2", "e-4"), ids(json(read(() -> contract.getHistoryByAggregate(auditor(),
                    "participant:10"))).getJsonArray("entries")));
        }

        @Test
        void anAggregateWithoutEntriesHasAnEmptyHistory() {
            record("b-1", entry("e-1", "participant:1"));

            assertEquals("{\"aggregateId\":\"participant:2\",\"entries\":[]}",
                    read(() -> contract.getHistoryByAggregate(auditor(), "participant:2")));
        }

        @Test
        void anUntrustedReaderIsUnauthorized() {
            refused(ContractError.UNAUTHORIZED,
                    () -> read(() -> contract.getHistoryByAggregate(caller("OtherMSP", "mirror"), "participant:1")));
        }
    }

    @Nested
    class ListBatches {
        @Test
        void pagesThroughTheBatchesInIdOrderWithABookmark() {
            for (String id : List.of("b-3", "b-1", "b-5", "b-2", "b-4")) {
                record(id, entry("e-" + id, "participant:1"));
            }

            JsonObject first = json(read(() -> contract.listBatches(auditor(), "2", "")));
            String bookmark1 = first.getString("bookmark");
            JsonObject second = json(read(() -> contract.listBatches(auditor(), "2", bookmark1)));
            String bookmark2 = second.getString("bookmark");
            JsonObject third = json(read(() -> contract.listBatches(auditor(), "2", bookmark2)));

            assertEquals(List.of("b-1", "b-2"), batchIds(first));
            assertEquals(List.of("b-3", "b-4"), batchIds(second));
            assertEquals(List.of("b-5"), batchIds(third));
            assertFalse(bookmark1.isEmpty());
            assertNotEquals(bookmark1, bookmark2);
            assertEquals("", third.getString("bookmark"), "no bookmark after the last page");
            JsonObject receipt = first.getJsonArray("batches").getJsonObject(0);
            assertFalse(receipt.containsKey("entries"), "receipts, not whole batches");
            assertFalse(receipt.getBoolean("replayed"));
            assertEquals("tx-2", receipt.getString("txId"));
        }

        @Test
        void aShortPageIsTheLastEvenWhenTheStateDatabaseReturnsABookmark() {
            ledger.bookmarkOnLastPage = true; // CouchDB does
            for (String id : List.of("b-1", "b-2", "b-3")) {
                record(id, entry("e-" + id, "participant:1"));
            }

            JsonObject first = json(read(() -> contract.listBatches(mirror(), "2", null)));
            JsonObject second = json(read(() -> contract.listBatches(mirror(), "2", first.getString("bookmark"))));

            assertEquals(List.of("b-3"), batchIds(second));
            assertEquals("", second.getString("bookmark"));
        }

        @Test
        void anEmptyLedgerHasAnEmptyList() {
            assertEquals("{\"batches\":[],\"bookmark\":\"\"}", read(() -> contract.listBatches(auditor(), "10", "")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "1001", "ten", ""})
        void rejectsAPageSizeOutside1To1000(String pageSize) {
            ChaincodeException e = refused(ContractError.INVALID_ARGUMENT,
                    () -> read(() -> contract.listBatches(auditor(), pageSize, "")));

            assertTrue(e.getMessage().contains("page size"), e.getMessage());
        }

        @Test
        void rejectsABookmarkOfAnotherListing() {
            record("b-1", entry("e-1", "participant:1"));

            refused(ContractError.INVALID_ARGUMENT, () -> read(() -> contract.listBatches(auditor(), "10",
                    key("aggregate", "participant:1"))));
        }

        @Test
        void anUntrustedReaderIsUnauthorized() {
            refused(ContractError.UNAUTHORIZED, () -> read(() -> contract.listBatches(caller("OtherMSP", "auditor"),
                    "10", "")));
        }
    }

    @Test
    void anUnknownFunctionIsRefusedWithItsCode() {
        ledger.begin("tx-x", T0, "DeleteBatch");

        ChaincodeException e = refused(ContractError.UNKNOWN_FUNCTION, () -> contract.unknownTransaction(mirror()));

        assertEquals("UNKNOWN_FUNCTION: no function DeleteBatch", e.getMessage());
    }

    // ---- transactions ----

    /** Runs one transaction as a peer would: its write set is committed if it succeeds, dropped if it is refused. */
    String transact(String function, Supplier<String> call) {
        transactions++;
        ledger.begin("tx-" + transactions, T0.plusSeconds(transactions), function);
        clearInvocations(stub);
        try {
            String result = call.get();
            ledger.commit();
            return result;
        } catch (RuntimeException e) {
            ledger.discard();
            throw e;
        }
    }

    String record(Context ctx, String batchJson) {
        return transact(AuditRecords.RECORD_BATCH, () -> contract.recordBatch(ctx, batchJson));
    }

    String record(String batchId, AuditEntry... entries) {
        return record(mirror(), batch(batchId, root(entries), entries));
    }

    String read(Supplier<String> call) {
        return transact("evaluate", call);
    }

    Context caller(String mspId, String role) {
        ClientIdentity identity = mock(ClientIdentity.class);
        when(identity.getMSPID()).thenReturn(mspId);
        when(identity.getAttributeValue(Caller.ROLE_ATTRIBUTE)).thenReturn(role);
        Context ctx = mock(Context.class);
        when(ctx.getStub()).thenReturn(stub);
        when(ctx.getClientIdentity()).thenReturn(identity);
        return ctx;
    }

    Context mirror() {
        return caller(MSP, Caller.MIRROR);
    }

    Context auditor() {
        return caller(REGULATOR_MSP, Caller.AUDITOR);
    }

    /** Refused with the code as payload and at the start of the message. */
    static ChaincodeException refused(ContractError code, Executable call) {
        ChaincodeException e = assertThrows(ChaincodeException.class, call);
        assertEquals(code.name(), new String(e.getPayload(), UTF_8), "payload");
        assertTrue(e.getMessage().startsWith(code.name() + ": "), e.getMessage());
        return e;
    }

    // ---- data ----

    static AuditEntry entry(String id, String aggregateId) {
        return new AuditEntry(id, "ParticipantRegistered", aggregateId, Hashes.sha256Hex("content of " + id));
    }

    static String root(AuditEntry... entries) {
        return Hashes.hex(MerkleTree.root(Arrays.stream(entries).map(AuditEntry::leafHash).toList()));
    }

    static String batch(String batchId, String merkleRoot, AuditEntry... entries) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AuditEntry e : entries) {
            array.add(e.toJson());
        }
        return CanonicalJson.write(Json.createObjectBuilder().add("batchId", batchId).add("merkleRoot", merkleRoot)
                .add("entries", array).build());
    }

    static String key(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes).toString();
    }

    static JsonObject json(String s) {
        return CanonicalJson.parseObject(s);
    }

    static List<String> ids(JsonArray entries) {
        return entries.getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    static List<String> batchIds(JsonObject page) {
        return page.getJsonArray("batches").getValuesAs(JsonObject.class).stream().map(o -> o.getString("batchId"))
                .toList();
    }
}
