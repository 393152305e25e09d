package org.parkchain.ledger.contract;

/** Error codes of the audit contract; on Fabric they travel as the chaincode error's payload. */
public enum ContractError {
    INVALID_ARGUMENT,
    UNKNOWN_FUNCTION,
    UNAUTHORIZED,
    MERKLE_ROOT_MISMATCH,
    BATCH_CONFLICT,
    ENTRY_CONFLICT,
    ENTRY_NOT_FOUND,
    BATCH_NOT_FOUND
}
