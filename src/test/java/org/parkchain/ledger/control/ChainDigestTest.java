package org.parkchain.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

class ChainDigestTest {
    @Test
    void aSignedDigestVerifiesAndAnyChangeBreaksIt() throws Exception {
        Node node = new Node();
        ChainDigest digest = node.sign(new ChainDigest("embedded", 41, "ab".repeat(32), "2026-12-01T08:00:00.000000Z",
                "2026-12-01T09:00:00.000000Z", node.fingerprint, node.pem, ""));
        assertTrue(digest.signatureValid());
        ChainDigest read = ChainDigest.fromJson(CanonicalJson.parseObject(digest.toJson().toString()));
        assertEquals(digest, read);
        assertTrue(read.signatureValid());

        ChainDigest moved = new ChainDigest("embedded", 40, digest.headerHash(), digest.blockCreatedAt(),
                digest.issuedAt(), digest.nodeKey(), digest.nodeCertificate(), digest.signature());
        assertFalse(moved.signatureValid(), "another block number");
        Node other = new Node();
        ChainDigest foreign = other.sign(new ChainDigest("embedded", 41, digest.headerHash(), digest.blockCreatedAt(),
                digest.issuedAt(), digest.nodeKey(), other.pem, ""));
        assertFalse(foreign.signatureValid(), "the certificate is not the one the fingerprint names");
    }

    @Test
    void refusesJsonThatIsNoDigest() {
        assertThrows(IllegalArgumentException.class, () -> ChainDigest.fromJson(CanonicalJson.parseObject("{}")));
        assertThrows(IllegalArgumentException.class, () -> ChainDigest.fromJson(CanonicalJson.parseObject(
                "{\"format\":\"parkchain-ledger-digest/1\",\"blockNumber\":\"x\"}")));
    }

    static final class Node {
        final KeyPair pair;
        final String pem;
        final String fingerprint;

        Node() throws Exception {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            pair = g.generateKeyPair();
            X500Name name = new X500Name("CN=node");
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, BigInteger.ONE, Date.from(Instant.now()), Date.from(Instant.now().plusSeconds(600)), name,
                    pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            pem = "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder().encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            fingerprint = Hashes.hex(Hashes.sha256(cert.getEncoded()));
        }

        ChainDigest sign(ChainDigest unsigned) throws Exception {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(pair.getPrivate());
            s.update(unsigned.signedBytes());
            return unsigned.withSignature(s.sign());
        }
    }
}
