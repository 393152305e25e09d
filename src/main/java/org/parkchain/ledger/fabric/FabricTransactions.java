package org.parkchain.ledger.fabric;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.hyperledger.fabric.client.Commit;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerTransaction;

/**
 * Submitting on Fabric in its three steps: endorse (the transaction id and the contract's result are known), hand the
 * endorsed transaction to the ordering service, and wait for its commit status; and asking for the commit status of a
 * transaction id sent earlier. The rule: a transaction counts as recorded only when it committed as VALID.
 */
final class FabricTransactions {
    private static final Logger LOG = Logger.getLogger(FabricTransactions.class.getName());

    private final FabricSettings settings;
    private final Gateway gateway;
    private final Contract contract;
    private final X509Identity identity;
    private final Consumer<Duration> reconnect;

    FabricTransactions(FabricSettings settings, Gateway gateway, Contract contract, X509Identity identity,
                       Consumer<Duration> reconnect) {
        this.settings = settings;
        this.gateway = gateway;
        this.contract = contract;
        this.identity = identity;
        this.reconnect = reconnect;
    }

    /** Builds and endorses the proposal; the endorsed transaction is ordered only by its {@code commit()}. */
    LedgerTransaction endorse(String function, java.util.Map<String, byte[]> transientData, String... args)
            throws LedgerException {
        reconnect.accept(settings.endorseTimeout());
        Transaction endorsed;
        try {
            endorsed = contract.newProposal(function).addArguments(args).putAllTransient(transientData).build()
                    .endorse();
        } catch (GatewayException e) {
            throw FabricErrors.failure(function, null, e);
        }
        return new LedgerTransaction() {
            @Override
            public String txId() {
                return endorsed.getTransactionId();
            }

            @Override
            public String commit() throws LedgerException {
                return FabricTransactions.this.commit(function, endorsed);
            }
        };
    }

    /** Hands the endorsed transaction to the ordering service and waits for its commit status. */
    private String commit(String function, Transaction endorsed) throws LedgerException {
        String txId = endorsed.getTransactionId();
        try {
            SubmittedTransaction submitted = endorsed.submitAsync();
            Status status = submitted.getStatus();
            if (!status.isSuccessful()) {
                String message = "Fabric transaction " + txId + " (" + function + ") was not committed: "
                        + status.getCode() + " in block " + status.getBlockNumber();
                LOG.fine(message);
                throw LedgerException.unavailable(message, null);
            }
            LOG.fine(() -> "Fabric transaction " + txId + " (" + function + ") committed in block "
                    + status.getBlockNumber());
            return utf8(submitted.getResult());
        } catch (GatewayException e) {
            throw FabricErrors.failure(function, txId, e);
        }
    }

    /**
     * Asks the peer's gateway for the commit status of a transaction id sent earlier, perhaps by a previous run of the
     * application: the gateway answers at once for a committed transaction and otherwise waits for it until the
     * deadline, which then means it was not committed in that time.
     */
    CommitOutcome commitStatus(String txId, Duration wait) throws LedgerException {
        reconnect.accept(wait);
        CommitStatusRequest request = CommitStatusRequest.newBuilder().setTransactionId(txId)
                .setChannelId(settings.channel()).setIdentity(SerializedIdentity.newBuilder()
                        .setMspid(identity.getMspId()).setIdBytes(ByteString.copyFrom(identity.getCredentials()))
                        .build().toByteString()).build();
        Commit commit = gateway.newCommit(SignedCommitStatusRequest.newBuilder().setRequest(request.toByteString())
                .build().toByteArray());
        try {
            Status status = commit.getStatus(FabricChannels.deadline(wait));
            return status.isSuccessful() ? CommitOutcome.VALID : CommitOutcome.INVALID;
        } catch (CommitStatusException e) {
            if (e.getStatus().getCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                return CommitOutcome.UNKNOWN;
            }
            throw FabricErrors.failure("CommitStatus", txId, e);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
