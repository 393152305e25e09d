package org.parkchain.ledger.fabric;

import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.parkchain.ledger.control.ChainDigest;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.CommitOutcome;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.LedgerTransaction;
import org.parkchain.ledger.control.TransactionEvidence;

/**
 * The Ledger port on Hyperledger Fabric: runs the audit-record contract through a peer's gateway service with the
 * fabric-gateway client. One gRPC channel serves every call for the adapter's lifetime (the caller constructs it from
 * {@link FabricSettings} and closes it on undeploy); each call type has its own deadline. The rule for failures:
 * the contract's refusals become {@link LedgerException.Kind#REJECTED} with the contract's error code, everything
 * else (peer unreachable, deadline, a commit that is not VALID such as MVCC_READ_CONFLICT) becomes
 * {@link LedgerException.Kind#UNAVAILABLE}, which the caller retries with backoff - see {@link FabricErrors}.
 */
public final class FabricLedgerGateway implements LedgerGateway, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FabricLedgerGateway.class.getName());
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);
    private static final Duration MAX_RECONNECT_WAIT = Duration.ofSeconds(1);
    private static final String QSCC = "qscc";

    private final FabricSettings settings;
    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Contract contract;
    private final X509Identity identity;
    private final FabricTransactions transactions;

    public FabricLedgerGateway(FabricSettings settings) {
        this.settings = settings;
        this.identity = new X509Identity(settings.mspId(), settings.certificate());
        var signer = FabricChannels.signer(settings);
        this.channel = FabricChannels.open(settings);
        try {
            this.gateway = Gateway.newInstance()
                    .identity(identity)
                    .signer(signer)
                    .hash(Hash.SHA256)
                    .connection(channel)
                    .evaluateOptions(FabricChannels.deadline(settings.evaluateTimeout()))
                    .endorseOptions(FabricChannels.deadline(settings.endorseTimeout()))
                    .submitOptions(FabricChannels.deadline(settings.submitTimeout()))
                    .commitStatusOptions(FabricChannels.deadline(settings.commitStatusTimeout()))
                    .connect();
            this.contract = gateway.getNetwork(settings.channel()).getContract(settings.chaincode());
            this.transactions = new FabricTransactions(settings, gateway, contract, identity, this::reconnectIfFailed);
        } catch (RuntimeException e) {
            channel.shutdownNow();
            throw e;
        }
        LOG.info(() -> "Fabric ledger: " + settings.mspId() + " via " + settings.peerEndpoint()
                + (settings.hostOverride().isEmpty() ? "" : " (TLS host " + settings.hostOverride() + ")")
                + ", channel " + settings.channel() + ", chaincode " + settings.chaincode());
    }

    @Override
    public String kind() {
        return "fabric";
    }

    @Override
    public String submit(String function, String... args) throws LedgerException {
        return submitPrivate(function, java.util.Map.of(), args);
    }

    @Override
    public boolean keepsPrivateData() {
        return true;
    }

    @Override
    public String submitPrivate(String function, java.util.Map<String, byte[]> transientData, String... args)
            throws LedgerException {
        return transactions.endorse(function, transientData, args).commit();
    }

    @Override
    public LedgerTransaction prepare(String function, String... args) throws LedgerException {
        return transactions.endorse(function, java.util.Map.of(), args);
    }

    @Override
    public CommitOutcome commitStatus(String txId, Duration wait) throws LedgerException {
        return transactions.commitStatus(txId, wait);
    }

    @Override
    public String evaluate(String function, String... args) throws LedgerException {
        reconnectIfFailed(settings.evaluateTimeout());
        try {
            return utf8(contract.evaluateTransaction(function, args));
        } catch (GatewayException e) {
            throw FabricErrors.failure(function, null, e);
        }
    }

    /** Fabric peers validate their own chain; there is nothing for the application to re-check. */
    @Override
    public ChainReport checkChain() {
        return ChainReport.notApplicable();
    }

    /**
     * The processed transaction (with its endorsements and validation code) from the peer's query system chaincode
     * ({@code qscc GetTransactionByID}), as Fabric's own evidence of the commit.
     */
    @Override
    public Optional<TransactionEvidence> evidence(String txId) throws LedgerException {
        reconnectIfFailed(settings.evaluateTimeout());
        byte[] processed;
        try {
            processed = gateway.getNetwork(settings.channel()).getContract(QSCC)
                    .evaluateTransaction("GetTransactionByID", settings.channel(), txId);
        } catch (GatewayException e) {
            if (String.valueOf(e.getMessage()).contains("no such transaction")) {
                return Optional.empty();
            }
            throw FabricErrors.failure("GetTransactionByID", txId, e);
        }
        return Optional.of(new TransactionEvidence(TransactionEvidence.FABRIC_TRANSACTION, "transaction",
                Json.createObjectBuilder().add("txId", txId).add("channel", settings.channel())
                        .add("processedTransaction", Base64.getEncoder().encodeToString(processed)).build()));
    }

    /** Fabric's anchor is its own block hashes (peer channel getinfo), not a digest the application signs. */
    @Override
    public boolean signsDigests() {
        return false;
    }

    @Override
    public Optional<ChainDigest> digest() {
        return Optional.empty();
    }

    @Override
    public DigestReport checkDigest(ChainDigest kept) {
        throw new UnsupportedOperationException("Fabric keeps its own block hashes as the anchor");
    }

    /** Closes the gateway and the gRPC channel, waiting up to five seconds for calls in flight. */
    @Override
    public void close() {
        gateway.close();
        channel.shutdown();
        try {
            if (!channel.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "Fabric gRPC channel to " + settings.peerEndpoint() + " did not terminate within "
                        + CLOSE_GRACE + "; forcing it closed");
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * gRPC backs off between reconnection attempts and meanwhile fails every call at once with the last connection
     * error, even when the peer is back. The caller already retries with its own backoff, so a call made while the
     * channel is in TRANSIENT_FAILURE first asks for an immediate reconnection and waits (at most a second, and never
     * longer than the call's own deadline) until the channel leaves that state; the call then reports the peer's
     * current state, not a stale error.
     */
    private void reconnectIfFailed(Duration callTimeout) {
        if (channel.getState(false) != ConnectivityState.TRANSIENT_FAILURE) {
            return;
        }
        CountDownLatch changed = new CountDownLatch(1);
        channel.notifyWhenStateChanged(ConnectivityState.TRANSIENT_FAILURE, changed::countDown);
        channel.resetConnectBackoff();
        try {
            Duration wait = callTimeout.compareTo(MAX_RECONNECT_WAIT) < 0 ? callTimeout : MAX_RECONNECT_WAIT;
            if (!changed.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.fine(() -> "Fabric peer " + settings.peerEndpoint() + " still unreachable");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
