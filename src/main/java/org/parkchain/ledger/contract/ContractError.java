package org.parkchain.ledger.contract;

/** Error codes of the audit and secured-terms contracts; on Fabric they travel as the chaincode error's payload. */
public enum ContractError {
    INVALID_ARGUMENT,
    UNKNOWN_FUNCTION,
    UNAUTHORIZED,
    MERKLE_ROOT_MISMATCH,
    BATCH_CONFLICT,
    ENTRY_CONFLICT,
    ENTRY_NOT_FOUND,
    BATCH_NOT_FOUND,
    COPY_NOT_FOUND,
    TERMS_MISMATCH,
    CONTRACT_CONFLICT,
    CONTRACT_NOT_FOUND
}
