package org.parkchain.ledger.fabric;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * Everything the Fabric adapter needs to reach a peer's gateway service, read from the
 * {@value #PREFIX}* configuration keys. The rule: a setting that cannot work (a missing or unreadable file, a
 * certificate that does not parse, a key that does not belong to the certificate, a duration that is not ISO-8601)
 * fails at construction with a message that names its configuration key, never later on the first ledger call.
 *
 * @param tlsCert the peer's TLS root CA PEM, or null for plaintext gRPC (development only)
 * @param hostOverride the TLS host name to expect instead of the endpoint's host, or empty for none
 */
public record FabricSettings(String peerEndpoint, String hostOverride, Path tlsCert, String mspId, Path cert,
                             Path key, String channel, String chaincode, Duration evaluateTimeout,
                             Duration endorseTimeout, Duration submitTimeout, Duration commitStatusTimeout) {
    public static final String PREFIX = "parkchain.ledger.fabric.";
    public static final String PEER_ENDPOINT = PREFIX + "peer-endpoint";
    public static final String HOST_OVERRIDE = PREFIX + "host-override";
    public static final String TLS_CERT = PREFIX + "tls-cert";
    public static final String MSP_ID = PREFIX + "msp-id";
    public static final String CERT = PREFIX + "cert";
    public static final String KEY = PREFIX + "key";
    public static final String CHANNEL = PREFIX + "channel";
    public static final String CHAINCODE = PREFIX + "chaincode";
    public static final String TIMEOUT_EVALUATE = PREFIX + "timeout.evaluate";
    public static final String TIMEOUT_ENDORSE = PREFIX + "timeout.endorse";
    public static final String TIMEOUT_SUBMIT = PREFIX + "timeout.submit";
    public static final String TIMEOUT_COMMIT_STATUS = PREFIX + "timeout.commit-status";

    public FabricSettings {
        peerEndpoint = required(peerEndpoint, PEER_ENDPOINT);
        hostOverride = hostOverride == null ? "" : hostOverride.trim();
        mspId = required(mspId, MSP_ID);
        channel = required(channel, CHANNEL);
        chaincode = required(chaincode, CHAINCODE);
        if (tlsCert != null) {
            readable(tlsCert, TLS_CERT);
        }
        readable(cert, CERT);
        readable(key, KEY);
        positive(evaluateTimeout, TIMEOUT_EVALUATE);
        positive(endorseTimeout, TIMEOUT_ENDORSE);
        positive(submitTimeout, TIMEOUT_SUBMIT);
        positive(commitStatusTimeout, TIMEOUT_COMMIT_STATUS);
    }

    /** Reads the settings from MicroProfile Config; keys that are not set take their documented defaults. */
    public static FabricSettings from(Config config) {
        return from(name -> config.getOptionalValue(name, String.class));
    }

    /** Reads the settings through a lookup that answers a key's value, or empty when it is not set. */
    public static FabricSettings from(Function<String, Optional<String>> lookup) {
        Function<String, String> value = name -> lookup.apply(name).map(String::trim).orElse("");
        return new FabricSettings(
                orDefault(value.apply(PEER_ENDPOINT), "localhost:7051"),
                value.apply(HOST_OVERRIDE),
                optionalPath(value.apply(TLS_CERT), TLS_CERT),
                orDefault(value.apply(MSP_ID), "ParkChainMSP"),
                requiredPath(value.apply(CERT), CERT, "the client certificate PEM"),
                requiredPath(value.apply(KEY), KEY, "the client private key PEM (PKCS#8)"),
                orDefault(value.apply(CHANNEL), "parkchain"),
                orDefault(value.apply(CHAINCODE), "parkchain-audit"),
                duration(value.apply(TIMEOUT_EVALUATE), "PT5S", TIMEOUT_EVALUATE),
                duration(value.apply(TIMEOUT_ENDORSE), "PT15S", TIMEOUT_ENDORSE),
                duration(value.apply(TIMEOUT_SUBMIT), "PT5S", TIMEOUT_SUBMIT),
                duration(value.apply(TIMEOUT_COMMIT_STATUS), "PT1M", TIMEOUT_COMMIT_STATUS));
    }

    public boolean tls() {
        return tlsCert != null;
    }

    /** The client certificate, parsed. */
    public X509Certificate certificate() {
        try (Reader reader = Files.newBufferedReader(cert, StandardCharsets.US_ASCII)) {
            return Identities.readX509Certificate(reader);
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new IllegalArgumentException(CERT + ": " + cert + " is not an X.509 certificate in PEM form ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The client private key, parsed and checked against the certificate's public key. */
    public PrivateKey privateKey() {
        PrivateKey privateKey;
        try (Reader reader = Files.newBufferedReader(key, StandardCharsets.US_ASCII)) {
            privateKey = Identities.readPrivateKey(reader);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException(KEY + ": " + key + " is not a private key in PEM form ("
                    + e.getMessage() + ")", e);
        }
        X509Certificate certificate = certificate();
        if (!belongsTo(privateKey, certificate)) {
            throw new IllegalArgumentException(KEY + ": " + key + " is not the private key of the certificate in "
                    + CERT + " (" + cert + ")");
        }
        return privateKey;
    }

    private static boolean belongsTo(PrivateKey privateKey, X509Certificate certificate) {
        String algorithm = "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : privateKey.getAlgorithm();
        byte[] probe = "parkchain key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.trim();
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static Path optionalPath(String value, String name) {
        return value.isEmpty() ? null : path(value, name);
    }

    private static Path requiredPath(String value, String name, String what) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " is not set: it must name " + what);
        }
        return path(value, name);
    }

    private static Path path(String value, String name) {
        try {
            return Path.of(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a file path", e);
        }
    }

    private static void readable(Path file, String name) {
        if (file == null) {
            throw new IllegalArgumentException(name + " is not set");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + ": file " + file.toAbsolutePath() + " does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(name + ": file " + file.toAbsolutePath() + " is not readable");
        }
    }

    private static Duration duration(String value, String fallback, String name) {
        String text = orDefault(value, fallback);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not an ISO-8601 duration such as "
                    + fallback, e);
        }
    }

    private static void positive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
        }
    }
}
