package org.parkchain.ledger.fabric;

import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.hyperledger.fabric.client.identity.Signers;

/** The gRPC channel, signer and call deadlines of the Fabric gateway connection, from {@link FabricSettings}. */
final class FabricChannels {
    private static final Logger LOG = Logger.getLogger(FabricChannels.class.getName());
    /** A Fabric peer accepts messages up to 100 MiB; gRPC's default of 4 MiB is too small for large batches. */
    private static final int MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

    private FabricChannels() {
    }

    static ManagedChannel open(FabricSettings settings) {
        ChannelCredentials credentials;
        if (settings.tls()) {
            try {
                credentials = TlsChannelCredentials.newBuilder().trustManager(settings.tlsCert().toFile()).build();
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(FabricSettings.TLS_CERT + ": " + settings.tlsCert()
                        + " does not hold a PEM certificate (" + e.getMessage() + ")", e);
            }
        } else {
            LOG.warning(() -> "Fabric ledger: plaintext gRPC to " + settings.peerEndpoint() + " (set "
                    + FabricSettings.TLS_CERT + " outside development)");
            credentials = InsecureChannelCredentials.create();
        }
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(settings.peerEndpoint(), credentials)
                .maxInboundMessageSize(MAX_MESSAGE_BYTES);
        if (!settings.hostOverride().isEmpty()) {
            builder.overrideAuthority(settings.hostOverride());
        }
        return builder.build();
    }

    static org.hyperledger.fabric.client.identity.Signer signer(FabricSettings settings) {
        try {
            return Signers.newPrivateKeySigner(settings.privateKey());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(FabricSettings.KEY)) {
                throw e;
            }
            throw new IllegalArgumentException(FabricSettings.KEY + ": " + e.getMessage(), e);
        }
    }

    static UnaryOperator<CallOptions> deadline(Duration timeout) {
        return options -> options.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
