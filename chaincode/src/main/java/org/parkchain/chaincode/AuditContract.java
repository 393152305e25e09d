package org.parkchain.chaincode;

import java.util.Set;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.contract.ContractException;
import org.parkchain.ledger.contract.ContractState;

/**
 * The audit-record contract on Fabric: each transaction delegates to {@link AuditRecords}, the one definition of the
 * semantics shared with the embedded ledger, over the chaincode stub's world state.
 *
 * <p>State: one key per entry ({@code entry/<id>}), one per batch ({@code batch/<id>}) and an index key per entry under
 * its aggregate ({@code aggregate/<aggregateId>/<entryId>}), all composite keys; there is no hot key, so batches do not
 * conflict with each other.
 *
 * <p>Rules: only callers from a trusted MSP (environment variable {@value TrustedMsps#ENV_VARIABLE}, comma-separated,
 * default {@value TrustedMsps#DEFAULT}) whose certificate carries the attribute {@code parkchain.role=mirror} record
 * batches; {@code mirror} and {@code auditor} read. A batch's Merkle root must match its entries (RFC 6962 over the
 * entries' canonical JSON). Recording is idempotent: a batch id already recorded with the same root is a successful
 * no-op returning the original receipt with {@code replayed=true}; an entry id already recorded with the same hash is
 * skipped and reported as a duplicate; the same id with different content is refused.
 *
 * <p>Results are canonical JSON (sorted keys). A refusal is a {@link ChaincodeException} whose message starts with the
 * {@link ContractError} code ({@code "UNAUTHORIZED: ..."}) and whose payload is the code itself.
 */
@Contract(name = "audit", info = @Info(title = "ParkChain audit records",
        description = "Merkle-rooted batches of the ParkChain ledger mirror", version = "0.1.0"))
@Default
public class AuditContract implements ContractInterface {
    private final AuditRecords records;

    /** The instance Fabric's contract router creates (one per transaction), trusting the configured MSPs. */
    public AuditContract() {
        this(TrustedMsps.fromEnvironment());
    }

    public AuditContract(Set<String> trustedMsps) {
        this.records = new AuditRecords(trustedMsps);
    }

    /**
     * Records a batch: {@code {"batchId", "merkleRoot", "entries": [{"id", "type", "aggregateId", "hash"}]}}. Returns
     * the receipt (batch without its entries, with {@code txId}, {@code recorded}, {@code duplicates},
     * {@code replayed}).
     */
    @Transaction(name = AuditRecords.RECORD_BATCH, intent = Transaction.TYPE.SUBMIT)
    public String recordBatch(Context ctx, String batchJson) {
        return run(ctx, (state, caller) -> records.recordBatch(state, caller, batchJson));
    }

    /** One recorded entry with its batch id, leaf index, transaction id and time. */
    @Transaction(name = AuditRecords.GET_ENTRY, intent = Transaction.TYPE.EVALUATE)
    public String getEntry(Context ctx, String entryId) {
        return run(ctx, (state, caller) -> records.getEntry(state, caller, entryId));
    }

    /** One recorded batch with its entries (what the Merkle root covers). */
    @Transaction(name = AuditRecords.GET_BATCH, intent = Transaction.TYPE.EVALUATE)
    public String getBatch(Context ctx, String batchId) {
        return run(ctx, (state, caller) -> records.getBatch(state, caller, batchId));
    }

    /** Every recorded entry about one aggregate, in entry id order. */
    @Transaction(name = AuditRecords.GET_HISTORY_BY_AGGREGATE, intent = Transaction.TYPE.EVALUATE)
    public String getHistoryByAggregate(Context ctx, String aggregateId) {
        return run(ctx, (state, caller) -> records.getHistoryByAggregate(state, caller, aggregateId));
    }

    /** Batch receipts in batch id order, {@code pageSize} (1..1000) at a time; pass the returned bookmark on. */
    @Transaction(name = AuditRecords.LIST_BATCHES, intent = Transaction.TYPE.EVALUATE)
    public String listBatches(Context ctx, String pageSize, String bookmark) {
        return run(ctx, (state, caller) -> records.listBatches(state, caller, pageSize, bookmark));
    }

    /** A function name the contract does not have: refused with {@link ContractError#UNKNOWN_FUNCTION}. */
    @Override
    public void unknownTransaction(Context ctx) {
        throw chaincodeException(new ContractException(ContractError.UNKNOWN_FUNCTION,
                "no function " + ctx.getStub().getFunction()));
    }

    private String run(Context ctx, Call call) {
        try {
            return call.apply(new StubContractState(ctx.getStub()), caller(ctx));
        } catch (ContractException e) {
            throw chaincodeException(e);
        }
    }

    static Caller caller(Context ctx) {
        ClientIdentity identity = ctx.getClientIdentity();
        if (identity == null) {
            return new Caller(null, null);
        }
        return new Caller(identity.getMSPID(), identity.getAttributeValue(Caller.ROLE_ATTRIBUTE));
    }

    /** The message keeps the code prefix for clients that only see the message; the payload is the bare code. */
    static ChaincodeException chaincodeException(ContractException e) {
        return new ChaincodeException(e.getMessage(), e.code().name());
    }

    @FunctionalInterface
    private interface Call {
        String apply(ContractState state, Caller caller);
    }
}
