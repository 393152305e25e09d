package org.parkchain.testsupport.fabric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.parkchain.ledger.contract.Caller;

/**
 * A Fabric client identity for tests: an EC P-256 key pair and an X.509 certificate for one MSP, with or without the
 * {@code parkchain.role} Fabric CA attribute, written to {@code cert.pem} and {@code key.pem} (PKCS#8) in a directory
 * so they can be passed through the {@code parkchain.ledger.fabric.cert} and {@code .key} settings.
 */
public record ClientIdentity(String mspId, String role, X509Certificate certificate, PrivateKey privateKey,
                             Path certPath, Path keyPath) {

    /**
     * @param directory created when missing; one identity per directory
     * @param role the {@value Caller#ROLE_ATTRIBUTE} attribute, or null for a certificate without attributes
     */
    public static ClientIdentity create(Path directory, String mspId, String role) {
        KeyPair keys = Certificates.ecKeyPair();
        String attributes = role == null ? null
                : "{\"attrs\":{\"" + Caller.ROLE_ATTRIBUTE + "\":\"" + role + "\",\"hf.EnrollmentID\":\"mirror1\"}}";
        X509Certificate certificate = Certificates.client(keys, "mirror1", mspId, attributes);
        try {
            Files.createDirectories(directory);
            Path cert = Files.writeString(directory.resolve("cert.pem"), Certificates.pem(certificate),
                    StandardCharsets.US_ASCII);
            Path key = Files.writeString(directory.resolve("key.pem"), Certificates.pem(keys.getPrivate()),
                    StandardCharsets.US_ASCII);
            return new ClientIdentity(mspId, role, certificate, keys.getPrivate(), cert, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
