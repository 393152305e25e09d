package org.parkchain.access.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * A password-protected PKCS#12 file with a participant's generated key, certificate and CA chain, delivered once.
 * P-256 bundles use the Java runtime's PKCS#12 (PBES2 with AES-256, which OpenSSL 3 reads without legacy options);
 * SM2 bundles use Bouncy Castle's, since the runtime cannot read SM2 keys.
 */
public final class Pkcs12Bundle {
    public static final String ALIAS = "parkchain";

    private Pkcs12Bundle() {
    }

    public static byte[] create(CryptoProfile profile, PrivateKey key, X509Certificate certificate,
                                X509Certificate market, X509Certificate root, char[] password) {
        try {
            KeyStore store = profile == CryptoProfile.SM2_SM3 ? KeyStore.getInstance("PKCS12", Pki.BC)
                    : KeyStore.getInstance("PKCS12");
            store.load(null, password);
            store.setKeyEntry(ALIAS, key, password, new X509Certificate[] {certificate, market, root});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the PKCS#12 bundle", e);
        }
    }
}
