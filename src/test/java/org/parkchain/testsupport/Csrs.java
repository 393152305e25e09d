package org.parkchain.testsupport;

import java.security.KeyPair;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.parkchain.access.control.Pki;
import org.parkchain.platform.canonical.CanonicalJson;

/** Certificate signing requests as participants make them: for their own key, naming their own credit code. */
public final class Csrs {
    private Csrs() {
    }

    /** The caller's unified social credit code, as {@code /api/access/standing} tells it. */
    public static String creditCode(WebClient participant) {
        return CanonicalJson.parseObject(participant.getJson("/api/access/standing", null, null).body())
                .getString("creditCode");
    }

    /** A CSR for the key whose subject carries the caller's credit code, as the park requires. */
    public static String bound(WebClient participant, KeyPair key) {
        return csr(key, "CN=Applicant,SERIALNUMBER=" + creditCode(participant));
    }

    public static String csr(KeyPair key, String subject) {
        try {
            return Pki.pem(new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), key.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Pki.BC)
                            .build(key.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
