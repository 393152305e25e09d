package org.parkchain.testsupport.fabric;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed EC P-256 certificates for the Fabric test fixture, generated with Bouncy Castle: client certificates
 * that carry Fabric CA attributes the way Fabric CA writes them (extension {@value #ATTRIBUTE_OID}, whose value is the
 * raw JSON {@code {"attrs":{"name":"value"}}}), and TLS server certificates for given host names.
 */
public final class Certificates {
    /** The extension Fabric CA puts enrollment attributes into. */
    public static final String ATTRIBUTE_OID = "1.2.3.4.5.6.7.8.1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    public static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every Java runtime", e);
        }
    }

    /** A client certificate; {@code attributesJson} is the Fabric CA attribute JSON, or null for none. */
    public static X509Certificate client(KeyPair keys, String commonName, String organization, String attributesJson) {
        X509v3CertificateBuilder builder = builder(keys, "CN=" + commonName + ",OU=client,O=" + organization);
        try {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            if (attributesJson != null) {
                builder.addExtension(new ASN1ObjectIdentifier(ATTRIBUTE_OID), false,
                        attributesJson.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, keys.getPrivate());
    }

    /** A TLS server certificate for the given DNS names (the first is the common name). */
    public static X509Certificate tlsServer(KeyPair keys, List<String> dnsNames) {
        X509v3CertificateBuilder builder = builder(keys, "CN=" + dnsNames.get(0) + ",O=ParkChain test peer");
        try {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dnsNames.stream()
                    .map(name -> new GeneralName(GeneralName.dNSName, name)).toArray(GeneralName[]::new)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, keys.getPrivate());
    }

    /** The value of an attribute in a certificate's Fabric CA attribute extension, or null. */
    public static String attribute(X509Certificate certificate, String name) {
        byte[] extension = certificate.getExtensionValue(ATTRIBUTE_OID);
        if (extension == null) {
            return null;
        }
        String json = new String(ASN1OctetString.getInstance(extension).getOctets(), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject attrs = reader.readObject().getJsonObject("attrs");
            return attrs == null ? null : attrs.getString(name, null);
        }
    }

    public static X509Certificate parse(byte[] pem) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
    }

    public static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8 ("BEGIN PRIVATE KEY"), the form the Fabric settings expect. */
    public static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static X509v3CertificateBuilder builder(KeyPair keys, String subject) {
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM).abs(),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(2))), name,
                keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return builder;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test certificate", e);
        }
    }
}
