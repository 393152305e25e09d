package org.parkchain.ledger.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.platform.canonical.CanonicalJson;

/** Typed reads of the audit contract over any ledger adapter. */
public final class LedgerReader {
    private static final int PAGE = 500;
    private final LedgerGateway gateway;

    public LedgerReader(LedgerGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * A recorded batch with all its entries in leaf order; {@code duplicates} are the ids of entries the ledger held
     * already (recorded in an earlier batch), which are leaves of this batch but live elsewhere.
     */
    public record RecordedBatch(String batchId, String merkleRoot, String txId, String recordedAt,
                                List<AuditEntry> entries, Set<String> duplicates) {
    }

    public List<String> batchIds() throws LedgerException {
        List<String> ids = new ArrayList<>();
        String bookmark = "";
        do {
            JsonObject page = CanonicalJson.parseObject(gateway.evaluate(AuditRecords.LIST_BATCHES,
                    String.valueOf(PAGE), bookmark));
            for (JsonValue b : page.getJsonArray("batches")) {
                ids.add(b.asJsonObject().getString("batchId"));
            }
            bookmark = page.getString("bookmark");
        } while (!bookmark.isEmpty());
        return ids;
    }

    public RecordedBatch batch(String batchId) throws LedgerException {
        JsonObject b = CanonicalJson.parseObject(gateway.evaluate(AuditRecords.GET_BATCH, batchId));
        List<AuditEntry> entries = new ArrayList<>();
        for (JsonValue e : b.getJsonArray("entries")) {
            entries.add(AuditEntry.fromJson(e.asJsonObject()));
        }
        Set<String> duplicates = new HashSet<>();
        for (JsonValue d : b.getJsonArray("duplicates")) {
            duplicates.add(d.asJsonObject().getString("id"));
        }
        return new RecordedBatch(b.getString("batchId"), b.getString("merkleRoot"), b.getString("txId"),
                b.getString("recordedAt"), entries, duplicates);
    }

    public JsonObject entry(String entryId) throws LedgerException {
        return CanonicalJson.parseObject(gateway.evaluate(AuditRecords.GET_ENTRY, entryId));
    }
}
