package org.parkchain.ledger.embedded;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.ContractException;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerKind;
import org.parkchain.ledger.control.LedgerTransaction;
import org.parkchain.ledger.control.TransactionEvidence;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * The embedded ledger (the default): executes the audit contract in-process over its own PostgreSQL tables. Every
 * submitted transaction is sealed into a block that chains the previous block's header hash, carries the RFC 6962
 * root of its transactions and is signed by the node key; the transaction keeps its write set, so the world state and
 * every key's history can be checked against the chain. Blocks are appended one at a time (a database lock).
 * Like a Fabric endorsement failure, a refused call leaves nothing behind.
 */
@Stateless
@LocalBean
@Local(LedgerGateway.class)
@LedgerKind(EmbeddedLedger.KIND)
public class EmbeddedLedger implements LedgerGateway {
    public static final String KIND = "embedded";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    EmbeddedNodeKey nodeKey;

    @Inject
    EmbeddedChainVerifier chain;

    @Inject
    ChainDigests digests;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.embedded.msp-id", defaultValue = "ParkChainMSP")
    String mspId;

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public boolean keepsPrivateData() {
        return false;
    }

    /** The embedded ledger keeps no private data collections; the values stay in the application's database. */
    @Override
    public String submitPrivate(String function, java.util.Map<String, byte[]> transientData, String... args)
            throws LedgerException {
        throw LedgerException.unavailable("the embedded ledger keeps no private data collections", null);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String submit(String function, String... args) throws LedgerException {
        return submitAs(newTxId(), function, args);
    }

    /** A transaction id for {@link #submitAs}; the call is sealed into a block only by that call. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LedgerTransaction prepare(String function, String... args) {
        String txId = newTxId();
        EmbeddedLedger self = context.getBusinessObject(EmbeddedLedger.class);
        return new LedgerTransaction() {
            @Override
            public String txId() {
                return txId;
            }

            @Override
            public String commit() throws LedgerException {
                return self.submitAs(txId, function, args);
            }
        };
    }

    /** A block is appended in the same database transaction as its transaction, so there is nothing to wait for. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CommitOutcome commitStatus(String txId, Duration wait) throws LedgerException {
        return read(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT 1 FROM ledger_transaction WHERE tx_id = ?")) {
                s.setString(1, txId);
                try (var rs = s.executeQuery()) {
                    return rs.next() ? CommitOutcome.VALID : CommitOutcome.UNKNOWN;
                }
            }
        });
    }

    /** Executes the function and seals it into the next block under the given transaction id, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String submitAs(String txId, String function, String... args) throws LedgerException {
        Instant now = clock.instant();
        Caller caller = new Caller(mspId, Caller.MIRROR);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                s.setLong(1, AdvisoryLock.EMBEDDED_CHAIN.id());
                s.execute();
            }
            PgContractState state = new PgContractState(c, txId, now, false);
            prefetchEntries(state, function, args);
            String result = contract().invoke(state, caller, function, List.of(args));
            BlockSealer.seal(c, nodeKey, txId, function, args, caller, result, now, state.writeSet());
            return result;
        } catch (ContractException e) {
            throw LedgerException.rejected(e.code(), e.getMessage());
        } catch (SQLException | IllegalStateException e) {
            throw LedgerException.unavailable("the embedded ledger could not commit: " + e.getMessage(), e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String evaluate(String function, String... args) throws LedgerException {
        if (AuditRecords.SUBMIT_FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException(function + " changes state; submit it");
        }
        try (Connection c = dataSource.getConnection()) {
            PgContractState state = new PgContractState(c, "evaluate", clock.instant(), true);
            return contract().invoke(state, new Caller(mspId, Caller.MIRROR), function, List.of(args));
        } catch (ContractException e) {
            throw LedgerException.rejected(e.code(), e.getMessage());
        } catch (SQLException | IllegalStateException e) {
            throw LedgerException.unavailable("the embedded ledger could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainReport checkChain() throws LedgerException {
        return read(chain::verify);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<TransactionEvidence> evidence(String txId) throws LedgerException {
        return read(() -> chain.blockEvidence(txId).map(b -> new TransactionEvidence(
                TransactionEvidence.EMBEDDED_BLOCK, "block", b)));
    }

    @Override
    public boolean signsDigests() {
        return true;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ChainDigest> digest() throws LedgerException {
        return read(digests::issue);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DigestReport checkDigest(ChainDigest kept) throws LedgerException {
        return read(() -> digests.check(kept));
    }

    private interface Read<T> {
        T run() throws SQLException;
    }

    private static <T> T read(Read<T> read) throws LedgerException {
        try {
            return read.run();
        } catch (SQLException e) {
            throw LedgerException.unavailable("the embedded ledger could not be read: " + e.getMessage(), e);
        }
    }

    /** One query for all entry keys of a batch instead of one per entry (the contract's reads stay the same). */
    private static void prefetchEntries(PgContractState state, String function, String[] args) {
        if (!AuditRecords.RECORD_BATCH.equals(function) || args.length != 1) {
            return;
        }
        try {
            var batch = CanonicalJson.parseObject(args[0]);
            List<String> ids = batch.getJsonArray("entries").stream()
                    .map(v -> v.asJsonObject().getString("id", null)).filter(java.util.Objects::nonNull).toList();
            state.prefetch(AuditRecords.ENTRY, ids);
        } catch (RuntimeException malformed) {
            // the contract refuses a malformed batch with its own error code
        }
    }

    private static String newTxId() {
        byte[] nonce = new byte[24];
        RANDOM.nextBytes(nonce);
        return Hashes.hex(Hashes.sha256(nonce));
    }

    private AuditRecords contract() {
        return new AuditRecords(Set.of(mspId));
    }
}
