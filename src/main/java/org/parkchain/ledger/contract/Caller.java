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

    /**
     * @throws ContractException {@code UNAUTHORIZED} unless the caller is from a trusted MSP with the {@code mirror}
     *                           role, or, for reading, the {@code auditor} role
     */
    public static void authorize(Caller caller, java.util.Set<String> trustedMsps, boolean write, String what) {
        boolean trusted = caller != null && caller.mspId() != null && trustedMsps.contains(caller.mspId());
        String role = caller == null ? null : caller.role();
        if (!(trusted && (MIRROR.equals(role) || (!write && AUDITOR.equals(role))))) {
            throw new ContractException(ContractError.UNAUTHORIZED, (write ? "recording " : "reading ") + what
                    + " is not allowed for MSP " + (caller == null ? null : caller.mspId()) + " with role " + role);
        }
    }
}
