package org.parkchain.ledger.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * A batch of outbox entries in leaf order, with its RFC 6962 Merkle root: one ledger transaction. Each entry's
 * canonical JSON is written once and serves for its leaf hash, its bytes and the contract's argument.
 */
public final class MirrorBatch {
    /**
     * The bytes of a batch's JSON besides its entries, at most: the keys, a batch id of up to 32 characters, the
     * root, brackets and quotes.
     */
    public static final int ENVELOPE_BYTES = 160;

    private final String id;
    private final List<AuditEntry> entries;
    private final String merkleRoot;
    private final String json;

    private MirrorBatch(String id, List<AuditEntry> entries, String merkleRoot, String json) {
        this.id = id;
        this.entries = entries;
        this.merkleRoot = merkleRoot;
        this.json = json;
    }

    public static MirrorBatch of(String id, List<AuditEntry> entries) {
        List<String> canonical = new ArrayList<>(entries.size());
        entries.forEach(e -> canonical.add(entryJson(e)));
        return of(id, entries, canonical);
    }

    /** @param canonical each entry's {@link #entryJson}, in the same order (the cut has written them already) */
    public static MirrorBatch of(String id, List<AuditEntry> entries, List<String> canonical) {
        List<byte[]> leaves = new ArrayList<>(canonical.size());
        canonical.forEach(c -> leaves.add(MerkleTree.leafHash(c.getBytes(StandardCharsets.UTF_8))));
        String root = Hashes.hex(MerkleTree.root(leaves));
        // the members in key order (batchId, entries, merkleRoot), as CanonicalJson writes the whole object
        String json = "{\"batchId\":" + CanonicalJson.write(CanonicalJson.JSON.createValue(id)) + ",\"entries\":["
                + String.join(",", canonical) + "],\"merkleRoot\":\"" + root + "\"}";
        return new MirrorBatch(id, List.copyOf(entries), root, json);
    }

    /** An entry's canonical JSON: its leaf data and its element of the batch's entries. */
    public static String entryJson(AuditEntry e) {
        return CanonicalJson.write(e.toJson());
    }

    public static List<byte[]> leafHashes(List<AuditEntry> entries) {
        List<byte[]> leaves = new ArrayList<>(entries.size());
        entries.forEach(e -> leaves.add(e.leafHash()));
        return leaves;
    }

    /** The UTF-8 bytes one entry adds to a batch's JSON (its canonical JSON and a comma). */
    public static int entryBytes(AuditEntry e) {
        return entryBytes(entryJson(e));
    }

    /** The UTF-8 bytes an entry of this canonical JSON adds to a batch's JSON (and a comma). */
    public static int entryBytes(String entryJson) {
        return entryJson.getBytes(StandardCharsets.UTF_8).length + 1;
    }

    public String id() {
        return id;
    }

    public List<AuditEntry> entries() {
        return entries;
    }

    public String merkleRoot() {
        return merkleRoot;
    }

    /** The UTF-8 bytes of {@link #toJson()}. */
    public int jsonBytes() {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The argument of the contract's RecordBatch function: canonical JSON of batchId, entries and merkleRoot. */
    public String toJson() {
        return json;
    }
}
