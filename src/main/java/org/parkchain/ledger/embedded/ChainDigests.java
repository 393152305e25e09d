package org.parkchain.ledger.embedded;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.DigestReport.Finding;
import org.parkchain.ledger.control.DigestReport.Kind;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Signed digests of the embedded ledger's head ({@link ChainDigest}) and their later check: the digest's signature by
 * a trusted node key, the whole chain intact, and the kept block still there with the same header hash, which proves
 * that every block up to it is unchanged (each header chains the one before) and the chain only grew.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChainDigests {
    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    EmbeddedNodeKey nodeKey;

    @Inject
    EmbeddedChainVerifier chain;

    @Inject
    Clock clock;

    /** A digest of the newest block, signed now; empty while the ledger has no block yet. */
    public Optional<ChainDigest> issue() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT number, header_hash, created_at FROM ledger_block ORDER BY number DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            ChainDigest unsigned = new ChainDigest("embedded", rs.getLong(1), rs.getString(2),
                    CanonicalJson.instant(rs.getTimestamp(3).toInstant()), CanonicalJson.instant(clock.instant()),
                    nodeKey.fingerprint(), nodeKey.certificatePem(), "");
            return Optional.of(unsigned.withSignature(nodeKey.sign(unsigned.signedBytes())));
        }
    }

    public DigestReport check(ChainDigest kept) throws SQLException {
        List<Finding> problems = new ArrayList<>();
        if (!kept.signatureValid()) {
            problems.add(new Finding(Kind.SIGNATURE_INVALID, kept.nodeKey()));
        } else if (!nodeKey.trustedFingerprints().contains(kept.nodeKey())) {
            problems.add(new Finding(Kind.UNTRUSTED_KEY, kept.nodeKey()));
        }
        ChainReport report = chain.verify();
        report.problems().forEach(p -> problems.add(new Finding(Kind.CHAIN_BROKEN, p)));
        long blocks;
        Optional<String> hash;
        try (Connection c = dataSource.getConnection()) {
            blocks = count(c);
            hash = headerHash(c, kept.blockNumber());
        }
        if (hash.isEmpty()) {
            problems.add(new Finding(Kind.BLOCK_MISSING, Long.toString(blocks)));
        } else if (!hash.get().equals(kept.headerHash())) {
            problems.add(new Finding(Kind.BLOCK_REWRITTEN, hash.get()));
        }
        return new DigestReport(kept.blockNumber(), kept.headerHash(), blocks, problems);
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM ledger_block");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<String> headerHash(Connection c, long number) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT header_hash FROM ledger_block WHERE number = ?")) {
            s.setLong(1, number);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
