package org.parkchain.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerKind;

/**
 * Produces the ledger port the configuration chose ({@code parkchain.ledger.adapter}: {@code embedded}, the default,
 * or {@code fabric}) from the adapters qualified with {@link LedgerKind}. Only the ledger feature injects it; business
 * code never does.
 */
@ApplicationScoped
public class Ledgers {
    @Inject
    @ConfigProperty(name = "parkchain.ledger.adapter", defaultValue = "embedded")
    String adapter;

    @Inject
    @Any
    Instance<LedgerGateway> adapters;

    @Produces
    LedgerGateway ledger() {
        Instance<LedgerGateway> chosen = adapters.select(new LedgerKind.Literal(adapter));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("parkchain.ledger.adapter must be embedded or fabric, not " + adapter);
        }
        return chosen.get();
    }
}
