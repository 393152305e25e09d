package org.parkchain.ledger.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();
    /** The RFC 6962 test leaves used by Certificate Transparency implementations. */
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static List<byte[]> leafHashes(int n) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hashes.add(MerkleTree.leafHash(HEX.parseHex(LEAVES[i])));
        }
        return hashes;
    }

    @Test
    void emptyTreeHashesToSha256OfNothing() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HEX.formatHex(MerkleTree.root(List.of())));
    }

    @Test
    void rootsMatchTheRfc6962TestVectors() {
        for (int n = 1; n <= 8; n++) {
            assertEquals(ROOTS[n - 1], HEX.formatHex(MerkleTree.root(leafHashes(n))), "tree of " + n);
        }
    }

    @Test
    void threeLeavesByHand() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] a = sha.digest(new byte[] {0});                 // leaf "" -> SHA-256(0x00)
        byte[] b = sha.digest(new byte[] {0, 0});              // leaf 00 -> SHA-256(0x00 0x00)
        byte[] c = sha.digest(new byte[] {0, 0x10});           // leaf 10 -> SHA-256(0x00 0x10)
        sha.update((byte) 1);
        sha.update(a);
        sha.update(b);
        byte[] ab = sha.digest();
        sha.update((byte) 1);
        sha.update(ab);
        sha.update(c);                                         // split point of 3 is 2: (a b) c
        assertArrayEquals(sha.digest(), MerkleTree.root(leafHashes(3)));
    }

    @Test
    void auditPathForTheFirstOfEightLeavesMatchesTheTestVector() {
        List<String> path = MerkleTree.auditPath(leafHashes(8), 0).stream().map(HEX::formatHex).toList();
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"), path);
    }

    @Test
    void singleLeafTreeHasEmptyPath() {
        List<byte[]> one = leafHashes(1);
        assertTrue(MerkleTree.auditPath(one, 0).isEmpty());
        assertTrue(MerkleTree.verifyInclusion(one.get(0), 0, 1, List.of(), MerkleTree.root(one)));
    }

    @Property(tries = 300)
    void everyLeafProvesItsInclusion(@ForAll @IntRange(min = 1, max = 300) int size,
                                     @ForAll @IntRange(min = 0, max = 299) int pick) {
        int index = pick % size;
        List<byte[]> leaves = randomLeaves(size, pick);
        byte[] root = MerkleTree.root(leaves);
        List<byte[]> path = MerkleTree.auditPath(leaves, index);
        assertTrue(MerkleTree.verifyInclusion(leaves.get(index), index, size, path, root));
        assertTrue(path.size() <= 32 - Integer.numberOfLeadingZeros(size - 1) + 1);
    }

    @Property(tries = 300)
    void aProofNeverVerifiesForAnotherLeafIndexOrAlteredLeaf(@ForAll @IntRange(min = 2, max = 200) int size,
                                                           @ForAll @IntRange(min = 0, max = 199) int pick) {
        int index = pick % size;
        List<byte[]> leaves = randomLeaves(size, pick + 7);
        byte[] root = MerkleTree.root(leaves);
        List<byte[]> path = MerkleTree.auditPath(leaves, index);
        int other = (index + 1) % size;
        assertFalse(MerkleTree.verifyInclusion(leaves.get(other), index, size, path, root));
        byte[] altered = leaves.get(index).clone();
        altered[0] ^= 1;
        assertFalse(MerkleTree.verifyInclusion(altered, index, size, path, root));
        byte[] otherRoot = MerkleTree.root(leaves.subList(0, size - 1));
        assertFalse(MerkleTree.verifyInclusion(leaves.get(index), index, size, path, otherRoot));
    }

    private static List<byte[]> randomLeaves(int size, int seed) {
        List<String> data = Arbitraries.strings().ofMinLength(0).ofMaxLength(40).list().ofSize(size)
                .generator(1).next(new java.util.Random(seed)).value();
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) { // distinct leaves: the leaf index is part of the data
            leaves.add(MerkleTree.leafHash((i + ":" + data.get(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return leaves;
    }
}
