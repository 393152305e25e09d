package org.parkchain.testsupport.fabric;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.parkchain.ledger.contract.AuditRecords;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.SecuredTerms;

/**
 * A Fabric peer's Gateway service for tests, on 127.0.0.1 over a real Netty gRPC server (plaintext or TLS), executing
 * the real audit-record contract ({@link AuditRecords}) over an in-memory world state. The rule: to the
 * fabric-gateway client it is indistinguishable from a single-peer Fabric network (see {@link GatewayService}), and
 * its state survives {@link #stop()} / {@link #start()}, which keep the same port so clients reconnect - stopping it
 * makes the ledger unreachable, as a crashed peer would be.
 */
public final class GatewayFixture implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GatewayFixture.class.getName());
    public static final String CHANNEL = "parkchain";
    public static final String CHAINCODE = "parkchain-audit";
    public static final String PEER_MSP = "ParkChainMSP";
    /** Host names in the TLS server certificate; 127.0.0.1 is deliberately not among them. */
    public static final List<String> TLS_HOSTS = List.of("localhost", "peer0.park.example");

    private final FixtureLedger ledger;
    private final GatewayService service;
    private final String tlsCertPem;
    private final String tlsKeyPem;
    private Server server;
    private int port;

    /** A plaintext peer whose contract trusts ParkChainMSP. */
    public GatewayFixture() {
        this(Set.of(PEER_MSP), false);
    }

    /** @param trustedMsps the MSPs the contract trusts; @param tls whether the peer speaks TLS */
    public GatewayFixture(Set<String> trustedMsps, boolean tls) {
        ledger = new FixtureLedger(new AuditRecords(trustedMsps), new SecuredTerms(trustedMsps));
        service = new GatewayService(ledger, CHANNEL, CHAINCODE, PEER_MSP, () -> "peer0.park.example:" + port);
        if (tls) {
            var keys = Certificates.ecKeyPair();
            tlsCertPem = Certificates.pem(Certificates.tlsServer(keys, TLS_HOSTS));
            tlsKeyPem = Certificates.pem(keys.getPrivate());
        } else {
            tlsCertPem = null;
            tlsKeyPem = null;
        }
    }

    /** Starts serving: on a free port the first time, on the same port after {@link #stop()}. */
    public synchronized GatewayFixture start() {
        if (server != null) {
            return this;
        }
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port), credentials())
                    .withOption(ChannelOption.SO_REUSEADDR, true)
                    .maxInboundMessageSize(100 * 1024 * 1024)
                    .addService(service)
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Fabric gateway fixture on port " + port, e);
        }
        port = server.getPort();
        LOG.fine(() -> "Fabric gateway fixture listening on 127.0.0.1:" + port + (tlsCertPem == null ? "" : " (TLS)"));
        return this;
    }

    /** Drops every connection and stops listening; the world state is kept. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdownNow();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the Fabric gateway fixture did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized int port() {
        return port;
    }

    /** {@code 127.0.0.1:<port>}, for the peer-endpoint setting. */
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    /** The TLS server certificate (its own root), PEM; null for a plaintext fixture. */
    public String tlsCertPem() {
        return tlsCertPem;
    }

    /** Writes the TLS server certificate to a file, for the tls-cert setting. */
    public Path writeTlsCert(Path file) throws IOException {
        return Files.writeString(file, tlsCertPem, StandardCharsets.US_ASCII);
    }

    /**
     * The environment that points the application at this peer as the given identity: the Fabric adapter, the
     * endpoint, the MSP, the certificate and key, and for a TLS peer its certificate (written into {@code dir}) with
     * the host name it carries.
     */
    public Map<String, String> applicationSettings(ClientIdentity identity, Path dir) throws IOException {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "PARKCHAIN_LEDGER_ADAPTER", "fabric",
                "PARKCHAIN_LEDGER_FABRIC_PEER_ENDPOINT", endpoint(),
                "PARKCHAIN_LEDGER_FABRIC_MSP_ID", PEER_MSP,
                "PARKCHAIN_LEDGER_FABRIC_CERT", identity.certPath().toString(),
                "PARKCHAIN_LEDGER_FABRIC_KEY", identity.keyPath().toString()));
        if (tlsCertPem != null) {
            env.put("PARKCHAIN_LEDGER_FABRIC_HOST_OVERRIDE", "peer0.park.example");
            env.put("PARKCHAIN_LEDGER_FABRIC_TLS_CERT", writeTlsCert(Files.createDirectories(dir)
                    .resolve("peer-tls-" + port() + ".pem")).toString());
        }
        return env;
    }

    /** Only these MSPs may send proposals (others get "access denied" from the peer); null admits every MSP. */
    public GatewayFixture channelMembers(Set<String> mspIds) {
        service.channelMembers(mspIds);
        return this;
    }

    /** Every call waits this long before it is answered (to exceed a client's deadline). */
    public GatewayFixture delayResponses(Duration delay) {
        service.delay(delay);
        return this;
    }

    /**
     * Models the ordering service's batch timeout: every submitted transaction commits this long after its submit
     * (zero, the default: at once); the orderer cuts a block of the transactions due every 50 ms.
     */
    public GatewayFixture commitDelay(Duration delay) {
        return commitDelay(delay, Duration.ofMillis(50));
    }

    /** As {@link #commitDelay(Duration)}, cutting a block of the transactions due every {@code blockInterval}. */
    public GatewayFixture commitDelay(Duration delay, Duration blockInterval) {
        ledger.commitDelay(delay, blockInterval);
        return this;
    }

    /** The size of a submitted transaction's envelope, in bytes (0: never submitted). */
    public int transactionBytes(String txId) {
        return ledger.transactionBytes(txId);
    }

    /** The most transactions committed in one block. */
    public int largestBlock() {
        return ledger.largestBlock();
    }

    /** The largest transaction envelope submitted, in bytes (Fabric's PreferredMaxBytes applies to blocks of them). */
    public int largestTransactionBytes() {
        return ledger.largestTransactionBytes();
    }

    /** Runs the hook once, inside the next submit, before its write set is validated and applied. */
    public void beforeNextCommit(Runnable hook) {
        ledger.beforeNextCommit(hook);
    }

    /** Executes and commits a contract function directly, as another client's transaction would. */
    public String commitDirectly(Caller caller, String function, String... args) {
        return ledger.commitDirectly(caller, function, Arrays.asList(args));
    }

    /** Endorse calls received, including refused ones. */
    public int endorsements() {
        return ledger.endorsements();
    }

    /** How often a transaction id was submitted. */
    public int submissions(String txId) {
        return ledger.submissions(txId);
    }

    /** RecordBatch transactions committed as VALID (replays included; each applied exactly once). */
    public int recordBatchesApplied() {
        return ledger.recordBatchesApplied();
    }

    /** The number of the last block (one transaction per block without a commit delay). */
    public long height() {
        return ledger.height();
    }

    /** How many {@code entry} keys the world state holds. */
    public int entryCount() {
        return ledger.entryCount();
    }

    /** The stored JSON of an entry. */
    public Optional<String> entry(String entryId) {
        return ledger.value("entry", entryId);
    }

    /** The stored JSON of a batch. */
    public Optional<String> batch(String batchId) {
        return ledger.value("batch", batchId);
    }

    /** A party's copy of a contract's terms in a pair's private data collection, as the member peer holds it. */
    public Optional<String> privateCopy(String collection, long contractId, long party) {
        return ledger.privateValue(collection, "termscopy", String.valueOf(contractId), String.valueOf(party));
    }

    /** The public record of a contract the secured-terms contract activated. */
    public Optional<String> securedContract(long contractId) {
        return ledger.value("securedcontract", String.valueOf(contractId));
    }

    /** A copy of the whole world state (composite keys to UTF-8 values). */
    public Map<String, String> worldState() {
        return ledger.snapshot();
    }

    private ServerCredentials credentials() throws IOException {
        if (tlsCertPem == null) {
            return InsecureServerCredentials.create();
        }
        return TlsServerCredentials.create(new ByteArrayInputStream(tlsCertPem.getBytes(StandardCharsets.US_ASCII)),
                new ByteArrayInputStream(tlsKeyPem.getBytes(StandardCharsets.US_ASCII)));
    }
}
