package org.parkchain.ledger.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.parkchain.ledger.contract.AuditEntry;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.InMemoryContractState;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/** A batch's argument is written once per entry, and is what the contract reads and checks. */
class MirrorBatchTest {
    @Test
    void writesTheArgumentByHand() {
        String hash = Hashes.sha256Hex("e1");
        AuditEntry e = new AuditEntry("e1", "t", "a:1", hash);
        MirrorBatch batch = MirrorBatch.of("B1", List.of(e));
        String root = Hashes.hex(MerkleTree.root(List.of(MerkleTree.leafHash(
                ("{\"aggregateId\":\"a:1\",\"hash\":\"" + hash + "\",\"id\":\"e1\",\"type\":\"t\"}").getBytes(StandardCharsets.UTF_8)))));
        assertEquals("{\"batchId\":\"B1\",\"entries\":[{\"aggregateId\":\"a:1\",\"hash\":\"" + hash
                + "\",\"id\":\"e1\",\"type\":\"t\"}],\"merkleRoot\":\"" + root + "\"}", batch.toJson());
        assertEquals(batch.toJson().length(), batch.jsonBytes());
        assertEquals(root, batch.merkleRoot());
    }

    /** The same JSON, root and leaves as building the whole object and writing it canonically (the way before). */
    @Property(tries = 200)
    void equalsTheCanonicalObjectAndTheContractAcceptsIt(@ForAll("entries") List<AuditEntry> entries) {
        MirrorBatch batch = MirrorBatch.of("B000000000007", entries);
        JsonArrayBuilder array = CanonicalJson.JSON.createArrayBuilder();
        entries.forEach(e -> array.add(e.toJson()));
        String whole = CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder().add("entries", array)
                .add("merkleRoot", batch.merkleRoot()).add("batchId", batch.id()).build());
        assertEquals(whole, batch.toJson());
        assertEquals(whole.getBytes(StandardCharsets.UTF_8).length, batch.jsonBytes());
        List<byte[]> leaves = MirrorBatch.leafHashes(entries);
        assertArrayEquals(MerkleTree.root(leaves), Hashes.unhex(batch.merkleRoot()));
        int bytes = MirrorBatch.ENVELOPE_BYTES;
        for (AuditEntry e : entries) {
            bytes += MirrorBatch.entryBytes(e);
        }
        assertEquals(true, batch.jsonBytes() <= bytes, "the byte cut's estimate is an upper bound");

        InMemoryContractState state = new InMemoryContractState(new TreeMap<>(), "tx1", Instant.EPOCH);
        String receipt = new AuditRecords(Set.of("Org1MSP")).recordBatch(state, new Caller("Org1MSP", Caller.MIRROR),
                batch.toJson());
        assertEquals("tx1", CanonicalJson.parseObject(receipt).getString("txId"));
    }

    @Provide
    Arbitrary<List<AuditEntry>> entries() {
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(10)
                .filter(t -> t.chars().noneMatch(Character::isISOControl)
                        && t.codePoints().noneMatch(c -> c == Character.MAX_CODE_POINT));
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(8), text, text, text)
                .as((id, type, aggregate, seed) -> new AuditEntry(id, type, aggregate, Hashes.sha256Hex(seed))).list().ofMinSize(1).ofMaxSize(20).uniqueElements(AuditEntry::id);
    }
}
