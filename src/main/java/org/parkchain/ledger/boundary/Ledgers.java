package org.parkchain.ledger.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.embedded.EmbeddedLedger;
import org.parkchain.ledger.fabric.FabricLedgerGateway;
import org.parkchain.ledger.fabric.FabricSettings;

/**
 * Chooses the ledger adapter from {@code parkchain.ledger.adapter}: {@code embedded} (the default) or {@code fabric}.
 * The Fabric connection (one gRPC channel for the application) is opened on first use and closed on undeploy. Only
 * the ledger feature asks for a gateway; business code never does.
 */
@ApplicationScoped
public class Ledgers {
    private static final Logger LOG = Logger.getLogger(Ledgers.class.getName());
    public static final String EMBEDDED = "embedded";
    public static final String FABRIC = "fabric";

    @Inject
    @ConfigProperty(name = "parkchain.ledger.adapter", defaultValue = EMBEDDED)
    String adapter;

    @Inject
    EmbeddedLedger embedded;

    @Inject
    Config config;

    private FabricLedgerGateway fabric;

    public LedgerGateway gateway() {
        return switch (adapter) {
            case EMBEDDED -> embedded;
            case FABRIC -> fabric();
            default -> throw new IllegalStateException("parkchain.ledger.adapter must be embedded or fabric, not "
                    + adapter);
        };
    }

    public boolean embedded() {
        return EMBEDDED.equals(adapter);
    }

    private synchronized FabricLedgerGateway fabric() {
        if (fabric == null) {
            FabricSettings settings = FabricSettings.from(config);
            fabric = new FabricLedgerGateway(settings);
            LOG.info(() -> "Connected the ledger mirror to Fabric peer " + settings.peerEndpoint() + ", channel "
                    + settings.channel() + ", chaincode " + settings.chaincode());
        }
        return fabric;
    }

    @PreDestroy
    synchronized void close() {
        if (fabric != null) {
            fabric.close();
            fabric = null;
        }
    }
}
