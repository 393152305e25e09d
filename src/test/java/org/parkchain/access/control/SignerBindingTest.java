package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.parkchain.access.control.SignatureVerifier.Refusal;

/**
 * The hardening of market access: a signature counts only for the certificate holder's own participant, keys only on
 * the profile's curve, requests bound to the applicant, and revocation only from a CRL the market CA signed.
 */
class SignerBindingTest {
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final String CODE = "91320500MA1XY2Z30K";
    static final byte[] PAYLOAD = "{\"action\":\"signature-check\"}".getBytes(StandardCharsets.UTF_8);

    final ParkCertificateAuthority ca = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256, "Park",
            NOW.minus(Duration.ofDays(1)));
    final SignatureVerifier verifier = new SignatureVerifier(ca.market(), ca.root(), ca.profile());

    @Test
    void refusesSignatureWithAnotherParticipantsCertificate() {
        KeyPair large1 = Pki.keyPair(ca.profile());
        X509Certificate cert = issue(large1, 11, "LARGE_USER");
        byte[] signature = SignatureVerifier.sign(ca.profile(), large1.getPrivate(), PAYLOAD);
        assertTrue(verify(cert, signature, new ExpectedSigner(11, Set.of("LARGE_USER"))).accepted());
        SignatureVerifier.Result asLarge2 = verify(cert, signature, new ExpectedSigner(12, Set.of("LARGE_USER")));
        assertEquals(Refusal.OTHER_PARTICIPANT, asLarge2.refusal());
    }

    @Test
    void refusesCertificateWithAKeyOffTheProfilesCurve() throws Exception {
        for (String curve : new String[] {"prime192v1", "secp112r1", "secp384r1"}) {
            KeyPair weak = keyPair(curve);
            X509Certificate cert = issue(weak, 11, "LARGE_USER");
            byte[] signature = sign(weak, PAYLOAD);
            assertEquals(Refusal.WEAK_KEY, verify(cert, signature, new ExpectedSigner(11, Set.of("LARGE_USER")))
                    .refusal(), curve);
        }
    }

    @Test
    void refusesWhenTheRevocationStateIsUnknown() {
        KeyPair key = Pki.keyPair(ca.profile());
        X509Certificate cert = issue(key, 11, "LARGE_USER");
        byte[] signature = SignatureVerifier.sign(ca.profile(), key.getPrivate(), PAYLOAD);
        assertEquals(Refusal.REVOCATION_UNKNOWN, verifier.verify(PAYLOAD, signature, cert, NOW,
                s -> RevocationState.UNKNOWN, new ExpectedSigner(11, Set.of("LARGE_USER"))).refusal());
    }

    @Test
    void refusesCsrWithAP192OrSecp112r1Key() throws Exception {
        for (String curve : new String[] {"prime192v1", "secp112r1"}) {
            KeyPair weak = keyPair(curve);
            String csr = csr(weak, "CN=Castings,SERIALNUMBER=" + CODE);
            CsrReader.CsrException e = assertThrows(CsrReader.CsrException.class,
                    () -> CsrReader.publicKey(csr, CryptoProfile.ECDSA_P256_SHA256, CODE));
            assertEquals(CsrReader.Problem.WEAK_KEY, e.problem(), curve);
            assertTrue(e.getMessage().contains("P-256"), e.getMessage());
        }
    }

    @Test
    void theSm2ProfileRefusesAP256Key() throws Exception {
        String csr = csr(Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256), "CN=Castings,SERIALNUMBER=" + CODE);
        assertEquals(CsrReader.Problem.WEAK_KEY, assertThrows(CsrReader.CsrException.class,
                () -> CsrReader.publicKey(csr, CryptoProfile.SM2_SM3, CODE)).problem());
    }

    @Test
    void refusesCsrThatDoesNotCarryTheApplicantsCreditCode() throws Exception {
        KeyPair key = Pki.keyPair(ca.profile());
        String replayed = csr(key, "CN=Castings,SERIALNUMBER=91320500MA1OTHER0X");
        assertEquals(CsrReader.Problem.NOT_BOUND, assertThrows(CsrReader.CsrException.class,
                () -> CsrReader.publicKey(replayed, ca.profile(), CODE)).problem());
        assertEquals(key.getPublic(), CsrReader.publicKey(csr(key, "CN=Castings,OU=" + CODE.toLowerCase()),
                ca.profile(), CODE), "any subject attribute, letters without case");
    }

    @Test
    void theCertificateNamesTheRegisteredParticipant() {
        X509Certificate cert = ca.issue(Pki.keyPair(ca.profile()).getPublic(),
                new CertificateSubject("Suzhou Precision Castings Co., Ltd.", "苏州精密铸造有限公司", CODE),
                new CertificateAttributes(11, "LARGE_USER", null, null), NOW, NOW.plus(Duration.ofDays(1)), "http://x/");
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        assertTrue(subject.toString().contains("SERIALNUMBER=" + CODE), subject.toString());
        assertTrue(subject.toString().contains("O=苏州精密铸造有限公司"), subject.toString());
        assertEquals("CN=Suzhou Precision Castings Co.\\, Ltd., O=苏州精密铸造有限公司, serialNumber=" + CODE + ", C=CN",
                new CertificateSubject("Suzhou Precision Castings Co., Ltd.", "苏州精密铸造有限公司", CODE)
                        .distinguishedName());
    }

    private SignatureVerifier.Result verify(X509Certificate cert, byte[] signature, ExpectedSigner expected) {
        return verifier.verify(PAYLOAD, signature, cert, NOW, s -> RevocationState.GOOD, expected);
    }

    private X509Certificate issue(KeyPair key, long participant, String role) {
        return ca.issue(key.getPublic(), new CertificateSubject("Org " + participant, "机构" + participant, CODE),
                new CertificateAttributes(participant, role, null, null), NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(30)), "http://x/");
    }

    static KeyPair keyPair(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Pki.BC);
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    static String csr(KeyPair key, String subject) throws Exception {
        return Pki.pem(new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), key.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .setProvider(Pki.BC).build(key.getPrivate())));
    }

    private static byte[] sign(KeyPair key, byte[] payload) {
        try {
            java.security.Signature s = java.security.Signature.getInstance("SHA256withECDSA", Pki.BC);
            s.initSign(key.getPrivate());
            s.update(payload);
            return s.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
