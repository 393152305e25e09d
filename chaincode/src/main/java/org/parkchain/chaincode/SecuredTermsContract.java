package org.parkchain.chaincode;

import java.util.Set;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.parkchain.ledger.contract.ContractException;
import org.parkchain.ledger.contract.SecuredTerms;

/**
 * The secured-terms contract of bilateral trading on Fabric ({@code trading:<function>}): each transaction delegates
 * to {@link SecuredTerms} over the stub's world state and the pair's private data collection (configured in
 * docker/fabric/collections_config.json). A party's copy of the terms travels in the transient map under
 * {@value SecuredTerms#TRANSIENT_TERMS}, so it is written only to the collection; the channel gets its hash.
 */
@Contract(name = "trading", info = @Info(title = "ParkChain secured terms",
        description = "Two-copy activation of bilateral contracts over private data collections", version = "0.1.0"))
public class SecuredTermsContract implements ContractInterface {
    private final SecuredTerms terms;

    public SecuredTermsContract() {
        this(TrustedMsps.fromEnvironment());
    }

    public SecuredTermsContract(Set<String> trustedMsps) {
        this.terms = new SecuredTerms(trustedMsps);
    }

    @Transaction(name = SecuredTerms.RECORD_COPY, intent = Transaction.TYPE.SUBMIT)
    public String recordTermsCopy(Context ctx, String collection, String contractId, String party) {
        try {
            return terms.recordCopy(new StubContractState(ctx.getStub()), new StubPrivateState(ctx.getStub()),
                    AuditContract.caller(ctx), collection, contractId, party);
        } catch (ContractException e) {
            throw AuditContract.chaincodeException(e);
        }
    }

    @Transaction(name = SecuredTerms.ACTIVATE, intent = Transaction.TYPE.SUBMIT)
    public String activateContract(Context ctx, String collection, String contractId, String seller, String buyer) {
        try {
            return terms.activate(new StubContractState(ctx.getStub()), new StubPrivateState(ctx.getStub()),
                    AuditContract.caller(ctx), collection, contractId, seller, buyer);
        } catch (ContractException e) {
            throw AuditContract.chaincodeException(e);
        }
    }

    @Transaction(name = SecuredTerms.GET_CONTRACT, intent = Transaction.TYPE.EVALUATE)
    public String getContract(Context ctx, String contractId) {
        try {
            return terms.getContract(new StubContractState(ctx.getStub()), AuditContract.caller(ctx), contractId);
        } catch (ContractException e) {
            throw AuditContract.chaincodeException(e);
        }
    }

    @Transaction(name = SecuredTerms.GET_COPY, intent = Transaction.TYPE.EVALUATE)
    public String getTermsCopy(Context ctx, String collection, String contractId, String party) {
        try {
            return terms.getCopy(new StubPrivateState(ctx.getStub()), AuditContract.caller(ctx), collection,
                    contractId, party);
        } catch (ContractException e) {
            throw AuditContract.chaincodeException(e);
        }
    }
}
