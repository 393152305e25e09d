package org.parkchain.access.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * The park certificate authority: a self-signed root and, under it, the issuing "market CA" that signs participants'
 * certificates and the certificate revocation list. Rules: the root signs only the market CA (path length 1), the
 * market CA signs only end-entity certificates (path length 0); participant certificates are for digital signatures
 * and client authentication, name the registered participant (see {@link CertificateSubject}), the CRL's URL, and
 * carry the participant's attributes.
 */
public final class ParkCertificateAuthority {
    private static final String ROOT_ALIAS = "park-root";
    private static final String MARKET_ALIAS = "market-ca";

    private final CryptoProfile profile;
    private final X509Certificate root;
    private final PrivateKey rootKey;
    private final X509Certificate market;
    private final PrivateKey marketKey;

    private ParkCertificateAuthority(CryptoProfile profile, X509Certificate root, PrivateKey rootKey,
                                     X509Certificate market, PrivateKey marketKey) {
        this.profile = profile;
        this.root = root;
        this.rootKey = rootKey;
        this.market = market;
        this.marketKey = marketKey;
    }

    /** Creates a new root (20 years) and market CA (10 years) for the park. */
    public static ParkCertificateAuthority create(CryptoProfile profile, String parkName, Instant now) {
        try {
            KeyPair rootPair = Pki.keyPair(profile);
            X500Name rootName = name(parkName + " Root CA", parkName);
            X509Certificate root = Pki.certificate(caBuilder(rootName, rootName, rootPair.getPublic(),
                    rootPair.getPublic(), now, Duration.ofDays(365L * 20), 1)
                    .build(Pki.signer(profile, rootPair.getPrivate())));
            KeyPair marketPair = Pki.keyPair(profile);
            X509Certificate market = Pki.certificate(caBuilder(rootName, name(parkName + " Market CA", parkName),
                    marketPair.getPublic(), rootPair.getPublic(), now, Duration.ofDays(365L * 10), 0)
                    .build(Pki.signer(profile, rootPair.getPrivate())));
            return new ParkCertificateAuthority(profile, root, rootPair.getPrivate(), market, marketPair.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the park certificate authority", e);
        }
    }

    /** Loads the CA from its PKCS#12 keystore (as written by {@link #toPkcs12}). */
    public static ParkCertificateAuthority load(CryptoProfile profile, byte[] pkcs12, char[] password)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12", Pki.BC);
        store.load(new ByteArrayInputStream(pkcs12), password);
        return new ParkCertificateAuthority(profile, (X509Certificate) store.getCertificate(ROOT_ALIAS),
                (PrivateKey) store.getKey(ROOT_ALIAS, password), (X509Certificate) store.getCertificate(MARKET_ALIAS),
                (PrivateKey) store.getKey(MARKET_ALIAS, password));
    }

    public byte[] toPkcs12(char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12", Pki.BC);
        store.load(null, password);
        store.setKeyEntry(ROOT_ALIAS, rootKey, password, new X509Certificate[] {root});
        store.setKeyEntry(MARKET_ALIAS, marketKey, password, new X509Certificate[] {market, root});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    /**
     * Issues a participant certificate for a public key the CA has checked (from a CSR's proof of possession, or a key
     * pair it generated).
     */
    public X509Certificate issue(PublicKey subjectKey, CertificateSubject subject, CertificateAttributes attributes,
                                 Instant notBefore, Instant notAfter, String crlUrl) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(market, Pki.serial(), Date.from(notBefore),
                    Date.from(notAfter), subject.x500Name(), subjectKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(market))
                    .addExtension(Extension.cRLDistributionPoints, false, distributionPoint(crlUrl))
                    .addExtension(new Extension(CertificateAttributes.EXTENSION, false, attributes.extensionValue()));
            return Pki.certificate(b.build(Pki.signer(profile, marketKey)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate", e);
        }
    }

    /** A revoked certificate: serial number, when, and the RFC 5280 reason code. */
    /**
     * The market's seal over a statement the market itself makes (e.g. a clearing result): a signature with the
     * market CA's key, verifiable with its certificate ({@link #market()}), DER-encoded.
     */
    public byte[] seal(byte[] statement) {
        try {
            Signature signature = Signature.getInstance(profile.signatureAlgorithm(), Pki.BC);
            signature.initSign(marketKey);
            signature.update(statement);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a market statement", e);
        }
    }

    public record Revocation(BigInteger serial, Instant at, int reason) {
    }

    /** The market CA's CRL: every revocation, numbered, valid from now for {@code validity}. */
    public X509CRL crl(List<Revocation> revocations, long number, Instant now, Duration validity) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(
                    org.bouncycastle.asn1.x500.X500Name.getInstance(market.getSubjectX500Principal().getEncoded()),
                    Date.from(now));
            b.setNextUpdate(Date.from(now.plus(validity)));
            for (Revocation r : revocations) {
                b.addCRLEntry(r.serial(), Date.from(r.at()), r.reason());
            }
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(market));
            return Pki.crl(b.build(Pki.signer(profile, marketKey)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot sign the CRL", e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    public X509Certificate market() {
        return market;
    }

    public CryptoProfile profile() {
        return profile;
    }

    private static X509v3CertificateBuilder caBuilder(X500Name issuer, X500Name subject, PublicKey subjectKey,
                                                      PublicKey issuerKey, Instant now, Duration validity,
                                                      int pathLength)
            throws GeneralSecurityException, CertIOException {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(issuer, Pki.serial(), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(validity)), subject, subjectKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey))
                .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey));
    }

    private static CRLDistPoint distributionPoint(String url) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
        return new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(names), null, null)});
    }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }
}
