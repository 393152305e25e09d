package org.parkchain.ledger.fabric;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerKind;
import org.parkchain.ledger.control.LedgerTransaction;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.TransactionEvidence;

/**
 * The Fabric adapter as the application uses it: one gateway connection (one gRPC channel) for the application,
 * opened from the {@code parkchain.ledger.fabric.*} settings on first use and closed on undeploy.
 */
@ApplicationScoped
@LedgerKind(FabricLedger.KIND)
public class FabricLedger implements LedgerGateway {
    public static final String KIND = "fabric";
    private static final Logger LOG = Logger.getLogger(FabricLedger.class.getName());

    @Inject
    Config config;

    private FabricLedgerGateway connection;

    private synchronized FabricLedgerGateway connection() {
        if (connection == null) {
            FabricSettings settings = FabricSettings.from(config);
            connection = new FabricLedgerGateway(settings);
            LOG.info(() -> "Connected the ledger mirror to Fabric peer " + settings.peerEndpoint() + ", channel "
                    + settings.channel() + ", chaincode " + settings.chaincode());
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String submit(String function, String... args) throws LedgerException {
        return connection().submit(function, args);
    }

    @Override
    public LedgerTransaction prepare(String function, String... args) throws LedgerException {
        return connection().prepare(function, args);
    }

    @Override
    public CommitOutcome commitStatus(String txId, java.time.Duration wait) throws LedgerException {
        return connection().commitStatus(txId, wait);
    }

    @Override
    public boolean keepsPrivateData() {
        return true;
    }

    @Override
    public String submitPrivate(String function, java.util.Map<String, byte[]> transientData, String... args)
            throws LedgerException {
        return connection().submitPrivate(function, transientData, args);
    }

    @Override
    public String evaluate(String function, String... args) throws LedgerException {
        return connection().evaluate(function, args);
    }

    @Override
    public ChainReport checkChain() {
        return connection().checkChain();
    }

    @Override
    public Optional<TransactionEvidence> evidence(String txId) throws LedgerException {
        return connection().evidence(txId);
    }

    @Override
    public boolean signsDigests() {
        return false;
    }

    @Override
    public Optional<ChainDigest> digest() {
        return connection().digest();
    }

    @Override
    public DigestReport checkDigest(ChainDigest kept) {
        return connection().checkDigest(kept);
    }
}
