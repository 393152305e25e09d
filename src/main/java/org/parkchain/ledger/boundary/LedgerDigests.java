package org.parkchain.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.embedded.ChainDigests;
import org.parkchain.ledger.embedded.EmbeddedNodeKey;
import org.parkchain.platform.BusinessException;

/**
 * The regulator's trust anchor outside the database: a signed digest of the ledger's head to download and keep, and
 * the check of a kept digest against the ledger now (the chain must still hold the kept block, unchanged). Business
 * rule: only the embedded ledger issues digests; a Fabric network's anchor is its own block hashes, kept by its peers
 * and orderers outside this database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LedgerDigests {
    @Inject
    Ledgers ledgers;

    @Inject
    ChainDigests digests;

    @Inject
    EmbeddedNodeKey nodeKeys;

    public JsonObject issue() throws SQLException {
        applicable();
        return digests.issue().orElseThrow(() -> new BusinessException("error.audit.digestNoBlocks")).toJson();
    }

    /** @param kept the digest as downloaded earlier (JSON text) */
    public DigestReport check(byte[] kept) throws SQLException {
        applicable();
        ChainDigest digest;
        try {
            digest = ChainDigest.fromJson(CanonicalJson.parseObject(kept == null ? new byte[0] : kept));
        } catch (JsonException | IllegalArgumentException | ClassCastException e) {
            throw new BusinessException("error.audit.digestUnreadable");
        }
        return digests.check(digest);
    }

    /** Whether this ledger issues digests (the embedded one does). */
    public boolean available() {
        return ledgers.embedded();
    }

    /** The fingerprint of the node certificate that signs digests, for the regulator to pin once. */
    public String nodeKey() {
        applicable();
        return nodeKeys.fingerprint();
    }

    private void applicable() {
        if (!ledgers.embedded()) {
            throw new BusinessException("error.audit.digestNotApplicable");
        }
    }
}
