/**
 * Bilateral trading between sales companies, large users and generators: private channels per pair of parties (the
 * regulator sees them too), the negotiation log with notes, attachments and versioned term sheets, the two-copy rule
 * (each party commits its own signed copy of the terms; the contract activates only when both copies hash equal),
 * metered delivery and the monthly settlement statement, and a sales company's position against its retail demand.
 * Only party ids, the terms' hash, signers' fingerprints and status changes go on the shared ledger. Depends on
 * billing's and plans' arithmetic, profiles, tariffs, access, identity, ledger and platform.
 */
package org.parkchain.trading;
