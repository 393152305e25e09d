package org.parkchain.ledger.contract;

/** A refused contract transaction: nothing it wrote is kept. */
public class ContractException extends RuntimeException {
    private final ContractError code;

    public ContractException(ContractError code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public ContractError code() {
        return code;
    }
}
