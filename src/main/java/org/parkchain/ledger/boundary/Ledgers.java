package org.parkchain.ledger.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.embedded.EmbeddedLedger;

/**
 * Chooses the ledger adapter from {@code parkchain.ledger.adapter}: {@code embedded} (default) or {@code fabric}.
 * Only the ledger feature asks it for a gateway.
 */
@ApplicationScoped
public class Ledgers {
    @Inject
    @ConfigProperty(name = "parkchain.ledger.adapter", defaultValue = "embedded")
    String adapter;

    @Inject
    EmbeddedLedger embedded;

    public LedgerGateway gateway() {
        if ("embedded".equals(adapter)) {
            return embedded;
        }
        throw new IllegalStateException("parkchain.ledger.adapter must be embedded or fabric, not " + adapter);
    }

    public boolean embedded() {
        return "embedded".equals(adapter);
    }

    @PreDestroy
    void close() {
        // the Fabric connection is closed here once the adapter exists
    }
}
