package org.parkchain.ledger.contract;

/**
 * Who calls the contract: the member service provider that issued the caller's certificate and the caller's
 * {@value #ROLE_ATTRIBUTE} certificate attribute (Fabric CA attribute), or null when the certificate has none.
 */
public record Caller(String mspId, String role) {
    public static final String ROLE_ATTRIBUTE = "parkchain.role";
    /** May record batches and read. */
    public static final String MIRROR = "mirror";
    /** May read (regulators' audit tools). */
    public static final String AUDITOR = "auditor";
}
