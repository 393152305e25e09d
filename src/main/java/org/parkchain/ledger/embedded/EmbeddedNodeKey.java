package org.parkchain.ledger.embedded;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.platform.canonical.Hashes;

/**
 * The embedded ledger node's signing key: ECDSA P-256, kept in a password-protected PKCS#12 file outside the database
 * (whoever can change the database cannot re-sign blocks), created at first start. Its certificate goes into
 * {@code ledger_node_key} so anyone can check block signatures, but that table is not trusted: the trust anchors are
 * this key store's certificate and the certificate fingerprints pinned in {@code parkchain.ledger.embedded
 * .trusted-node-keys} (a key used before a key change, or another node's key). A block signed by any other key, even
 * one registered in the table, is reported as untrusted.
 */
@Singleton
@DependsOn("Migrations")
@Lock(LockType.READ)
public class EmbeddedNodeKey {
    private static final Logger LOG = Logger.getLogger(EmbeddedNodeKey.class.getName());
    private static final String ALIAS = "ledger-node";

    @Inject
    @ConfigProperty(name = "parkchain.ledger.embedded.keystore", defaultValue = "parkchain-ledger-node.p12")
    String keystorePath;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.embedded.keystore-password", defaultValue = "parkchain-ledger")
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "parkchain.ledger.embedded.trusted-node-keys", defaultValue = " ")
    String pinnedFingerprints;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    Clock clock;

    private PrivateKey privateKey;
    private String fingerprint;
    private String certificatePem;
    private Set<String> trusted;
    private int keyId;

    @PostConstruct
    void load() {
        try {
            Path path = Path.of(keystorePath).toAbsolutePath();
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = keystorePassword.toCharArray();
            if (Files.exists(path)) {
                try (InputStream in = Files.newInputStream(path)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, password);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                store.setKeyEntry(ALIAS, pair.getPrivate(), password,
                        new X509Certificate[] {selfSigned(pair, clock.instant())});
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                try (OutputStream out = Files.newOutputStream(path)) {
                    store.store(out, password);
                }
                LOG.info(() -> "Created the embedded ledger's node key in " + path);
            }
            privateKey = (PrivateKey) store.getKey(ALIAS, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
            fingerprint = Hashes.hex(Hashes.sha256(certificate.getEncoded()));
            trusted = NodeKeyPins.parse(pinnedFingerprints, fingerprint);
            keyId = register(certificate);
        } catch (IOException | GeneralSecurityException | OperatorCreationException | SQLException e) {
            throw new IllegalStateException("cannot load or create the embedded ledger's node key from "
                    + keystorePath + " (parkchain.ledger.embedded.keystore): " + e.getMessage(), e);
        }
    }

    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(EmbeddedBlocks.SIGNATURE_ALGORITHM);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a block", e);
        }
    }

    public String fingerprint() {
        return fingerprint;
    }

    public int keyId() {
        return keyId;
    }

    /** The node certificate (PEM) whose key signs blocks and chain digests. */
    public String certificatePem() {
        return certificatePem;
    }

    /**
     * SHA-256 fingerprints (lower-case hex) of the node certificates whose block signatures are trusted: this key
     * store's and the pinned ones. Read from the key store and the configuration, never from the database.
     */
    public Set<String> trustedFingerprints() {
        return trusted;
    }

    private int register(X509Certificate certificate) throws SQLException, IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(certificate);
        }
        certificatePem = pem.toString();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO ledger_node_key (fingerprint, certificate_pem, created_at) VALUES (?, ?, ?)
                    ON CONFLICT (fingerprint) DO NOTHING""")) {
                s.setString(1, fingerprint);
                s.setString(2, pem.toString());
                s.setTimestamp(3, Timestamp.from(clock.instant()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM ledger_node_key WHERE fingerprint = ?")) {
                s.setString(1, fingerprint);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, Instant now)
            throws OperatorCreationException, GeneralSecurityException {
        X500Name name = new X500Name("CN=ParkChain embedded ledger node,O=ParkChain");
        var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new java.security.SecureRandom()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name,
                pair.getPublic());
        var signer = new JcaContentSignerBuilder(EmbeddedBlocks.SIGNATURE_ALGORITHM).build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
