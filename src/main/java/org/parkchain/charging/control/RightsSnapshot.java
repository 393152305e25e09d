package org.parkchain.charging.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.ledger.contract.MerkleTree;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The charging rights of one allocation run as Merkle-hashable leaves: one leaf per station, the canonical JSON
 * {@code {"kw":[96 figures],"stationId":…}} (figures as {@link SlotTimes#figure} strings), in station id order; the
 * root is RFC 6962 over the leaves, as the ledger's batches. One station's schedule can then be proven against the
 * ledger entry by its audit path without the others.
 */
public final class RightsSnapshot {
    private RightsSnapshot() {
    }

    /** One station's rights, kW per slot. */
    public record Right(long stationId, double[] kw) {
    }

    public static JsonObject leaf(Right r) {
        JsonArrayBuilder kw = CanonicalJson.JSON.createArrayBuilder();
        for (double x : r.kw()) {
            kw.add(SlotTimes.figure(x));
        }
        return CanonicalJson.JSON.createObjectBuilder().add("kw", kw).add("stationId", r.stationId()).build();
    }

    /** The Merkle root (hex) over the rights in station id order; the empty tree's root when there are none. */
    public static String root(List<Right> rights) {
        List<byte[]> leaves = new ArrayList<>();
        rights.stream().sorted(java.util.Comparator.comparingLong(Right::stationId))
                .forEach(r -> leaves.add(MerkleTree.leafHash(CanonicalJson.bytes(leaf(r)))));
        return Hashes.hex(MerkleTree.root(leaves));
    }
}
