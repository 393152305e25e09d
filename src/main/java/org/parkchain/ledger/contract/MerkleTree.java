package org.parkchain.ledger.contract;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.platform.canonical.Hashes;

/**
 * Merkle tree hash, inclusion proofs and their verification as defined in RFC 6962 section 2.1: leaf hash
 * {@code SHA-256(0x00 || data)}, interior node {@code SHA-256(0x01 || left || right)}, the split point is the largest
 * power of two smaller than the number of leaves, and the empty tree hashes to {@code SHA-256()}.
 */
public final class MerkleTree {
    private static final byte[] LEAF_PREFIX = {0};
    private static final byte[] NODE_PREFIX = {1};

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        return Hashes.sha256(LEAF_PREFIX, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Hashes.sha256(NODE_PREFIX, left, right);
    }

    /** The Merkle tree hash over leaf hashes (already passed through {@link #leafHash}). */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return Hashes.sha256();
        }
        return subtreeRoot(leafHashes, 0, leafHashes.size());
    }

    /** The audit path for leaf {@code index}: sibling hashes from the leaf up to the root (RFC 6962 PATH). */
    public static List<byte[]> auditPath(List<byte[]> leafHashes, int index) {
        if (index < 0 || index >= leafHashes.size()) {
            throw new IllegalArgumentException("leaf index " + index + " outside a tree of " + leafHashes.size());
        }
        List<byte[]> path = new ArrayList<>();
        collectPath(leafHashes, 0, leafHashes.size(), index, path);
        return path;
    }

    /** Checks an audit path (RFC 9162 section 2.1.3.2, which is RFC 6962's proof read bottom up). */
    public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return leaves.get(from);
        }
        int k = splitPoint(n);
        return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
    }

    private static void collectPath(List<byte[]> leaves, int from, int to, int index, List<byte[]> path) {
        int n = to - from;
        if (n <= 1) {
            return;
        }
        int k = splitPoint(n);
        if (index < k) {
            collectPath(leaves, from, from + k, index, path);
            path.add(subtreeRoot(leaves, from + k, to));
        } else {
            collectPath(leaves, from + k, to, index - k, path);
            path.add(subtreeRoot(leaves, from, from + k));
        }
    }

    /** Largest power of two strictly smaller than n (n >= 2). */
    static int splitPoint(int n) {
        return Integer.highestOneBit(n - 1);
    }
}
