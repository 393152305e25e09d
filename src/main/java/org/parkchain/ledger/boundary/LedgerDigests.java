package org.parkchain.ledger.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;

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
    LedgerGateway ledger;

    public JsonObject issue() throws LedgerException {
        applicable();
        return ledger.digest().orElseThrow(() -> new BusinessException("error.audit.digestNoBlocks")).toJson();
    }

    /** @param kept the digest as downloaded earlier (JSON text) */
    public DigestReport check(byte[] kept) throws LedgerException {
        applicable();
        ChainDigest digest;
        try {
            digest = ChainDigest.fromJson(CanonicalJson.parseObject(kept == null ? new byte[0] : kept));
        } catch (JsonException | IllegalArgumentException | ClassCastException e) {
            throw new BusinessException("error.audit.digestUnreadable");
        }
        return ledger.checkDigest(digest);
    }

    /** Whether this ledger issues digests (the embedded one does). */
    public boolean available() {
        return ledger.signsDigests();
    }

    /** The fingerprint of the node certificate that signs digests, for the regulator to pin once. */
    public String nodeKey() throws LedgerException {
        applicable();
        return ledger.digest().map(ChainDigest::nodeKey).orElse("");
    }

    private void applicable() {
        if (!ledger.signsDigests()) {
            throw new BusinessException("error.audit.digestNotApplicable");
        }
    }
}
