package org.parkchain.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The park CA's certificates and CRL as OpenSSL sees them: {@code openssl verify -crl_check} accepts an issued
 * certificate against the current CRL and refuses it once the CRL lists it. CI installs openssl; without it the test
 * is skipped.
 */
class OpenSslInteropTest {
    @TempDir
    Path dir;

    @Test
    void anIssuedCertificateAndTheCurrentCrlValidateWithOpenSsl() throws Exception {
        assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        Instant now = Instant.now();
        ParkCertificateAuthority ca = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256,
                "Jinqiao Park", now.minus(Duration.ofHours(2)));
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        X509Certificate cert = ca.issue(key.getPublic(), new CertificateSubject("Sunrise Power Sales", "Sunrise", "913205000000000001"),
                new CertificateAttributes(42, "SALES_COMPANY", "1032026-00042", null),
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), "http://localhost/crl/market-ca.crl");
        Files.writeString(dir.resolve("chain.pem"), Pki.pem(ca.market()) + Pki.pem(ca.root()));
        Files.writeString(dir.resolve("cert.pem"), Pki.pem(cert));

        Files.writeString(dir.resolve("crl.pem"), Pki.pem(ca.crl(List.of(), 1, now.minusSeconds(60),
                Duration.ofDays(7))));
        Result ok = openssl(dir, "verify", "-crl_check", "-CAfile", "chain.pem", "-CRLfile", "crl.pem", "cert.pem");
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().contains("cert.pem: OK"), ok.output());

        Files.writeString(dir.resolve("crl.pem"), Pki.pem(ca.crl(List.of(new ParkCertificateAuthority.Revocation(
                cert.getSerialNumber(), now.minusSeconds(30), 1)), 2, now.minusSeconds(20), Duration.ofDays(7))));
        Result revoked = openssl(dir, "verify", "-crl_check", "-CAfile", "chain.pem", "-CRLfile", "crl.pem",
                "cert.pem");
        assertTrue(revoked.exit() != 0, revoked.output());
        assertTrue(revoked.output().contains("certificate revoked"), revoked.output());
    }

    @Test
    void openSslReadsTheParticipantsBundle() throws Exception {
        assumeTrue(new File("/usr/bin/openssl").canExecute(), "openssl is not installed");
        Instant now = Instant.now();
        ParkCertificateAuthority ca = ParkCertificateAuthority.create(CryptoProfile.ECDSA_P256_SHA256, "Park", now);
        KeyPair key = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        X509Certificate cert = ca.issue(key.getPublic(), new CertificateSubject("Resident 1", "Shop 1", "913205000000000001"),
                new CertificateAttributes(1, "RESIDENT", null, null), now, now.plus(Duration.ofDays(30)), "http://x/");
        Files.write(dir.resolve("bundle.p12"), Pkcs12Bundle.create(ca.profile(), key.getPrivate(), cert, ca.market(),
                ca.root(), "secret-1".toCharArray()));
        Result info = openssl(dir, "pkcs12", "-in", "bundle.p12", "-passin", "pass:secret-1", "-nokeys");
        assertEquals(0, info.exit(), info.output());
        assertTrue(info.output().contains("CN = Resident 1"), info.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result openssl(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
