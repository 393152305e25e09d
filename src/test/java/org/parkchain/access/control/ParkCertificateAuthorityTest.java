package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkchain.access.control.SignatureVerifier.Refusal;

class ParkCertificateAuthorityTest {
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final CertificateAttributes SALES = new CertificateAttributes(42, "SALES_COMPANY", "1032026-00042",
            LocalDate.parse("2028-06-30"));
    static final byte[] PAYLOAD = "{\"action\":\"agreement.sign\",\"id\":7}".getBytes(StandardCharsets.UTF_8);
    static final String CRL_URL = "http://localhost:8080/crl/market-ca.crl";
    static final String CODE = "91320500MA1XY2Z30K";

    final ParkCertificateAuthority ca = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256,
            "Jinqiao Park", NOW.minus(Duration.ofDays(1)));
    final KeyPair holder = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
    final X509Certificate certificate = ca.issue(holder.getPublic(), new CertificateSubject("Sunrise Power Sales", "Sunrise", "913205000000000001"), SALES,
            NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), CRL_URL);
    final SignatureVerifier verifier = new SignatureVerifier(ca.market(), ca.root(), ca.profile());

    private SignatureVerifier.Result verify(byte[] payload, byte[] signature, X509Certificate cert, Instant at,
                                            boolean revoked, Set<String> roles) {
        return verifier.verify(payload, signature, cert, at,
                serial -> revoked ? RevocationState.REVOKED : RevocationState.GOOD, new ExpectedSigner(42, roles));
    }

    private byte[] sign(byte[] payload) {
        return SignatureVerifier.sign(ca.profile(), holder.getPrivate(), payload);
    }

    @Test
    void acceptsASignatureByACurrentCertificateWithTheRightRole() {
        SignatureVerifier.Result r = verify(PAYLOAD, sign(PAYLOAD), certificate, NOW, false, Set.of("SALES_COMPANY"));
        assertTrue(r.accepted(), String.valueOf(r.refusal()));
        assertEquals(SALES, r.signer());
        assertEquals(64, r.fingerprint().length());
    }

    @Test
    void refusesEachFailureWithItsOwnReason() {
        byte[] signature = sign(PAYLOAD);
        Set<String> sales = Set.of("SALES_COMPANY");
        assertEquals(Refusal.EXPIRED, verify(PAYLOAD, signature, certificate, NOW.plus(Duration.ofDays(400)), false,
                sales).refusal());
        assertEquals(Refusal.NOT_YET_VALID, verify(PAYLOAD, signature, certificate, NOW.minus(Duration.ofDays(2)),
                false, sales).refusal());
        assertEquals(Refusal.REVOKED, verify(PAYLOAD, signature, certificate, NOW, true, sales).refusal());
        assertEquals(Refusal.WRONG_ROLE, verify(PAYLOAD, signature, certificate, NOW, false, Set.of("RESIDENT"))
                .refusal());
        byte[] tampered = "{\"action\":\"agreement.sign\",\"id\":8}".getBytes(StandardCharsets.UTF_8);
        assertEquals(Refusal.BAD_SIGNATURE, verify(tampered, signature, certificate, NOW, false, sales).refusal());
        byte[] garbage = new byte[70];
        assertEquals(Refusal.BAD_SIGNATURE, verify(PAYLOAD, garbage, certificate, NOW, false, sales).refusal());
        assertEquals(Refusal.MALFORMED, verify(PAYLOAD, new byte[0], certificate, NOW, false, sales).refusal());
        assertEquals(Refusal.MALFORMED, verify(PAYLOAD, signature, null, NOW, false, sales).refusal());
    }

    @Test
    void refusesACertificateFromAForeignCaEvenWithTheSameNames() {
        ParkCertificateAuthority foreign = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256,
                "Jinqiao Park", NOW.minus(Duration.ofDays(1)));
        X509Certificate forged = foreign.issue(holder.getPublic(), new CertificateSubject("Sunrise Power Sales", "Sunrise", "913205000000000001"), SALES,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), CRL_URL);
        assertEquals(Refusal.FOREIGN_CA, verify(PAYLOAD, sign(PAYLOAD), forged, NOW, false, Set.of("SALES_COMPANY"))
                .refusal());
    }

    @Test
    void readsTheAttributesBackFromTheFabricStyleExtension() {
        assertEquals(SALES, CertificateAttributes.of(certificate).orElseThrow());
        assertTrue(CertificateAttributes.of(ca.market()).isEmpty());
    }

    @Test
    void sm2WithSm3IssuesAndVerifies() {
        ParkCertificateAuthority sm2 = ParkCertificateAuthority.create(CryptoProfile.SM2_SM3, "Jinqiao Park", NOW);
        KeyPair key = Pki.keyPair(CryptoProfile.SM2_SM3);
        X509Certificate cert = sm2.issue(key.getPublic(), new CertificateSubject("Resident 1", "Shop 1", "913205000000000001"),
                new CertificateAttributes(1, "RESIDENT", null, null), NOW, NOW.plus(Duration.ofDays(30)), CRL_URL);
        assertEquals("1.2.156.10197.1.501", cert.getSigAlgOID(), "SM3withSM2");
        SignatureVerifier sm2Verifier = new SignatureVerifier(sm2.market(), sm2.root(), CryptoProfile.SM2_SM3);
        byte[] signature = SignatureVerifier.sign(CryptoProfile.SM2_SM3, key.getPrivate(), PAYLOAD);
        assertTrue(sm2Verifier.verify(PAYLOAD, signature, cert, NOW.plusSeconds(60), s -> RevocationState.GOOD,
                new ExpectedSigner(1, Set.of("RESIDENT"))).accepted());
    }

    @Test
    void theCaSurvivesItsKeystore() throws Exception {
        char[] password = "ca-secret".toCharArray();
        ParkCertificateAuthority loaded = ParkCertificateAuthority.load(ca.profile(), ca.toPkcs12(password), password);
        assertEquals(ca.market(), loaded.market());
        assertEquals(ca.root(), loaded.root());
        X509Certificate again = loaded.issue(holder.getPublic(), new CertificateSubject("x", "y", "913205000000000001"), SALES, NOW, NOW.plusSeconds(60), CRL_URL);
        assertTrue(Pki.signedBy(again, ca.market().getPublicKey()));
    }

    @Test
    void aGeneratedKeyIsDeliveredInAPasswordProtectedBundle() throws Exception {
        char[] password = "download-1".toCharArray();
        byte[] bundle = Pkcs12Bundle.create(ca.profile(), holder.getPrivate(), certificate, ca.market(), ca.root(),
                password);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(bundle), password);
        assertArrayEquals(holder.getPrivate().getEncoded(), store.getKey(Pkcs12Bundle.ALIAS, password).getEncoded());
        assertEquals(3, store.getCertificateChain(Pkcs12Bundle.ALIAS).length);
        assertThrows(java.io.IOException.class, () -> KeyStore.getInstance("PKCS12")
                .load(new java.io.ByteArrayInputStream(bundle), "wrong".toCharArray()));
    }

    @Test
    void theCrlListsRevokedSerialsWithTheirReason() throws Exception {
        var crl = ca.crl(List.of(new ParkCertificateAuthority.Revocation(certificate.getSerialNumber(), NOW, 1)), 3,
                NOW, Duration.ofDays(7));
        crl.verify(ca.market().getPublicKey(), Pki.BC);
        assertTrue(crl.isRevoked(certificate));
        assertEquals(org.bouncycastle.asn1.x509.CRLReason.keyCompromise,
                org.bouncycastle.asn1.x509.CRLReason.getInstance(org.bouncycastle.asn1.ASN1Enumerated.getInstance(
                        org.bouncycastle.asn1.ASN1OctetString.getInstance(crl.getRevokedCertificate(certificate)
                                .getExtensionValue("2.5.29.21")).getOctets())).getValue().intValue());
    }

    @ParameterizedTest
    @EnumSource(CryptoProfile.class)
    void aCsrGivesItsKeyOnlyWithAValidProofOfPossession(CryptoProfile profile) throws Exception {
        KeyPair pair = Pki.keyPair(profile);
        String pem = Pki.pem(new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=Applicant,SERIALNUMBER="
                + CODE), pair.getPublic()).build(Pki.signer(profile, pair.getPrivate())));
        assertEquals(pair.getPublic(), CsrReader.publicKey(pem, profile, CODE));

        KeyPair other = Pki.keyPair(profile);
        String forged = Pki.pem(new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=Applicant,SERIALNUMBER="
                + CODE), pair.getPublic()).build(Pki.signer(profile, other.getPrivate())));
        assertEquals(CsrReader.Problem.BAD_SIGNATURE,
                assertThrows(CsrReader.CsrException.class, () -> CsrReader.publicKey(forged, profile, CODE)).problem());
    }

    @Test
    void malformedRequestsAndCertificatesAreRefused() {
        for (String text : new String[] {null, "", "hello", "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                + "-----END CERTIFICATE REQUEST-----\n", Pki.pem(certificate)}) {
            assertEquals(CsrReader.Problem.MALFORMED,
                    assertThrows(CsrReader.CsrException.class, () -> CsrReader.publicKey(text,
                            CryptoProfile.ECDSA_P256_SHA256, CODE)).problem(), text);
        }
        assertTrue(Pki.parseCertificatePem("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----")
                .isEmpty());
        assertEquals(certificate, Pki.parseCertificatePem(Pki.pem(certificate)).orElseThrow());
    }

    static BigInteger serialOf(X509Certificate c) {
        return c.getSerialNumber();
    }
}
