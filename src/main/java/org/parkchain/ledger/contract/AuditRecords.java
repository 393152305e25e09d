package org.parkchain.ledger.contract;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The audit-record contract, the one definition of its semantics: the Fabric chaincode and the embedded ledger both
 * execute this class. State: one key per entry ({@code entry/<id>}), one per batch ({@code batch/<id>}) and an index
 * key per entry under its aggregate ({@code aggregate/<aggregateId>/<entryId>}); there is no shared counter or other
 * hot key, so batches never conflict with each other.
 *
 * <p>Rules: only callers from a trusted MSP whose certificate carries {@code parkchain.role=mirror} record batches;
 * {@code mirror} and {@code auditor} read. A batch's Merkle root must match its entries (RFC 6962 over the entries'
 * canonical JSON). Recording is idempotent: a batch id already recorded with the same root is a successful no-op that
 * returns the original receipt, and an entry id already recorded with the same hash is skipped and reported as a
 * duplicate; the same id with different content is refused.
 */
public final class AuditRecords {
    public static final String RECORD_BATCH = "RecordBatch";
    public static final String GET_ENTRY = "GetEntry";
    public static final String GET_BATCH = "GetBatch";
    public static final String GET_HISTORY_BY_AGGREGATE = "GetHistoryByAggregate";
    public static final String LIST_BATCHES = "ListBatches";
    /** Functions that change state; everything else is evaluated only. */
    public static final Set<String> SUBMIT_FUNCTIONS = Set.of(RECORD_BATCH);

    public static final String ENTRY = "entry";
    static final String BATCH = "batch";
    static final String AGGREGATE = "aggregate";
    public static final int MAX_BATCH_SIZE = 10_000;
    private static final int MAX_ID_LENGTH = 128;
    private static final int MAX_PAGE_SIZE = 1_000;

    private final Set<String> trustedMsps;

    /** @param trustedMsps MSP ids whose members may use the contract (their role attribute decides what they may do) */
    public AuditRecords(Set<String> trustedMsps) {
        this.trustedMsps = Set.copyOf(trustedMsps);
    }

    /** Runs a function by name, as the chaincode router and the Fabric gateway would; the result is canonical JSON. */
    public String invoke(ContractState state, Caller caller, String function, List<String> args) {
        return switch (function) {
            case RECORD_BATCH -> recordBatch(state, caller, arg(args, 0, 1));
            case GET_ENTRY -> getEntry(state, caller, arg(args, 0, 1));
            case GET_BATCH -> getBatch(state, caller, arg(args, 0, 1));
            case GET_HISTORY_BY_AGGREGATE -> getHistoryByAggregate(state, caller, arg(args, 0, 1));
            case LIST_BATCHES -> listBatches(state, caller, arg(args, 0, 2), arg(args, 1, 2));
            default -> throw new ContractException(ContractError.UNKNOWN_FUNCTION, "no function " + function);
        };
    }

    public String recordBatch(ContractState state, Caller caller, String batchJson) {
        authorize(caller, true);
        JsonObject batch = parse(batchJson);
        String batchId = id(batch.get("batchId"), "batchId");
        String merkleRoot = string(batch.get("merkleRoot"), "merkleRoot");
        List<AuditEntry> entries = entries(batch.get("entries"));
        List<byte[]> leaves = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            leaves.add(e.leafHash());
        }
        String computedRoot = Hashes.hex(MerkleTree.root(leaves));
        if (!computedRoot.equals(merkleRoot)) {
            throw new ContractException(ContractError.MERKLE_ROOT_MISMATCH,
                    "batch " + batchId + " declares root " + merkleRoot + " but its entries give " + computedRoot);
        }
        byte[] existing = state.get(BATCH, batchId);
        if (existing != null) {
            JsonObject stored = CanonicalJson.parseObject(existing);
            if (!stored.getString("merkleRoot").equals(merkleRoot)) {
                throw new ContractException(ContractError.BATCH_CONFLICT,
                        "batch " + batchId + " is already recorded with another Merkle root");
            }
            return CanonicalJson.write(receipt(stored, true));
        }
        String txId = state.txId();
        String recordedAt = CanonicalJson.instant(state.txTimestamp());
        JsonArrayBuilder duplicates = CanonicalJson.JSON.createArrayBuilder();
        int recorded = 0;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            byte[] previous = state.get(ENTRY, e.id());
            if (previous != null) {
                JsonObject earlier = CanonicalJson.parseObject(previous);
                if (!earlier.getString("hash").equals(e.hash())) {
                    throw new ContractException(ContractError.ENTRY_CONFLICT,
                            "entry " + e.id() + " is already recorded with another hash");
                }
                duplicates.add(CanonicalJson.JSON.createObjectBuilder().add("batchId", earlier.getString("batchId"))
                        .add("id", e.id()).add("leafIndex", earlier.getInt("leafIndex"))
                        .add("txId", earlier.getString("txId")));
                continue;
            }
            JsonObject stored = CanonicalJson.JSON.createObjectBuilder(e.toJson()).add("batchId", batchId).add("leafIndex", i)
                    .add("recordedAt", recordedAt).add("txId", txId).build();
            state.put(CanonicalJson.bytes(stored), ENTRY, e.id());
            state.put(e.id().getBytes(StandardCharsets.UTF_8), AGGREGATE, e.aggregateId(), e.id());
            recorded++;
        }
        JsonArrayBuilder entryArray = CanonicalJson.JSON.createArrayBuilder();
        entries.forEach(e -> entryArray.add(e.toJson()));
        JsonObject storedBatch = CanonicalJson.JSON.createObjectBuilder().add("batchId", batchId).add("merkleRoot", merkleRoot)
                .add("size", entries.size()).add("recorded", recorded).add("duplicates", duplicates)
                .add("entries", entryArray).add("txId", txId).add("recordedAt", recordedAt).build();
        state.put(CanonicalJson.bytes(storedBatch), BATCH, batchId);
        return CanonicalJson.write(receipt(storedBatch, false));
    }

    public String getEntry(ContractState state, Caller caller, String entryId) {
        authorize(caller, false);
        byte[] value = state.get(ENTRY, id(CanonicalJson.JSON.createValue(entryId), "entryId"));
        if (value == null) {
            throw new ContractException(ContractError.ENTRY_NOT_FOUND, "no entry " + entryId);
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    public String getBatch(ContractState state, Caller caller, String batchId) {
        authorize(caller, false);
        byte[] value = state.get(BATCH, id(CanonicalJson.JSON.createValue(batchId), "batchId"));
        if (value == null) {
            throw new ContractException(ContractError.BATCH_NOT_FOUND, "no batch " + batchId);
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** Every recorded entry about one aggregate, in entry id order (the mirror's order is in each entry's batch). */
    public String getHistoryByAggregate(ContractState state, Caller caller, String aggregateId) {
        authorize(caller, false);
        String aggregate = id(CanonicalJson.JSON.createValue(aggregateId), "aggregateId");
        JsonArrayBuilder history = CanonicalJson.JSON.createArrayBuilder();
        for (byte[] entryId : state.scan(AGGREGATE, List.of(aggregate), 0, "").values()) {
            byte[] entry = state.get(ENTRY, new String(entryId, StandardCharsets.UTF_8));
            if (entry != null) {
                history.add(CanonicalJson.parseObject(entry));
            }
        }
        return CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder().add("aggregateId", aggregate)
                .add("entries", history).build());
    }

    /** Batch receipts (without their entries) in batch id order, a page at a time. */
    public String listBatches(ContractState state, Caller caller, String pageSize, String bookmark) {
        authorize(caller, false);
        int size;
        try {
            size = Integer.parseInt(pageSize);
        } catch (NumberFormatException e) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "page size must be a number");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "page size must be 1.." + MAX_PAGE_SIZE);
        }
        ContractState.Page page = state.scan(BATCH, List.of(), size, bookmark == null ? "" : bookmark);
        JsonArrayBuilder batches = CanonicalJson.JSON.createArrayBuilder();
        for (byte[] value : page.values()) {
            batches.add(receipt(CanonicalJson.parseObject(value), false));
        }
        return CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder().add("batches", batches)
                .add("bookmark", page.bookmark()).build());
    }

    private static JsonObject receipt(JsonObject storedBatch, boolean replayed) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder(storedBatch);
        b.remove("entries");
        return b.add("replayed", replayed).build();
    }

    private void authorize(Caller caller, boolean write) {
        Caller.authorize(caller, trustedMsps, write, "audit records");
    }

    private static List<AuditEntry> entries(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY || ((JsonArray) value).isEmpty()) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "a batch needs at least one entry");
        }
        JsonArray array = (JsonArray) value;
        if (array.size() > MAX_BATCH_SIZE) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "a batch holds at most " + MAX_BATCH_SIZE
                    + " entries");
        }
        List<AuditEntry> entries = new ArrayList<>(array.size());
        Set<String> ids = new HashSet<>();
        for (JsonValue v : array) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ContractException(ContractError.INVALID_ARGUMENT, "entries must be objects");
            }
            JsonObject o = v.asJsonObject();
            AuditEntry e = new AuditEntry(id(o.get("id"), "id"), id(o.get("type"), "type"),
                    id(o.get("aggregateId"), "aggregateId"), string(o.get("hash"), "hash"));
            if (!Hashes.isSha256Hex(e.hash())) {
                throw new ContractException(ContractError.INVALID_ARGUMENT, "entry " + e.id()
                        + " hash must be 64 lower-case hex digits");
            }
            if (!ids.add(e.id())) {
                throw new ContractException(ContractError.INVALID_ARGUMENT, "entry " + e.id() + " appears twice");
            }
            entries.add(e);
        }
        return entries;
    }

    private static JsonObject parse(String json) {
        try {
            return CanonicalJson.parseObject(json == null ? "" : json);
        } catch (JsonException | IllegalStateException e) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "the batch is not a JSON object");
        }
    }

    private static String string(JsonValue value, String name) {
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, name + " must be a string");
        }
        return ((jakarta.json.JsonString) value).getString();
    }

    /**
     * An identifier usable in a composite key on every ledger: 1..128 characters, no control characters and not
     * U+10FFFF (Fabric reserves it, and U+0000, for composite keys).
     */
    private static String id(JsonValue value, String name) {
        String s = string(value, name);
        if (s.isEmpty() || s.length() > MAX_ID_LENGTH || s.chars().anyMatch(Character::isISOControl)
                || s.codePoints().anyMatch(c -> c == Character.MAX_CODE_POINT)) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, name + " must be 1 to " + MAX_ID_LENGTH
                    + " characters without control characters");
        }
        return s;
    }

    private static String arg(List<String> args, int index, int expected) {
        if (args.size() != expected) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "expected " + expected + " arguments, got "
                    + args.size());
        }
        return args.get(index);
    }
}
