package org.parkchain.ledger.control;

import java.util.Optional;
import org.parkchain.ledger.contract.ContractError;

/**
 * A ledger call that did not succeed. {@link Kind#UNAVAILABLE} means the ledger could not be reached or did not answer
 * in time (the caller retries later); {@link Kind#REJECTED} means the contract refused the call (retrying will not
 * help); the contract's error code is attached when it is known.
 */
public class LedgerException extends Exception {
    public enum Kind { UNAVAILABLE, REJECTED }

    private final Kind kind;
    private final ContractError code;

    public LedgerException(Kind kind, ContractError code, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
    }

    public static LedgerException unavailable(String message, Throwable cause) {
        return new LedgerException(Kind.UNAVAILABLE, null, message, cause);
    }

    public static LedgerException rejected(ContractError code, String message) {
        return new LedgerException(Kind.REJECTED, code, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<ContractError> code() {
        return Optional.ofNullable(code);
    }
}
