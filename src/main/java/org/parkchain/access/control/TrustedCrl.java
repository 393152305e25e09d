package org.parkchain.access.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;

/**
 * A revocation list the park trusts: signed by the market CA, current (its next update not passed), and not older than
 * the newest one this node has already seen (a CRL rolled back in the database would un-revoke certificates). The
 * revocation state read from it cannot be changed by anyone without the market CA's key.
 */
public final class TrustedCrl {
    private final X509CRL crl;
    private final long number;

    private TrustedCrl(X509CRL crl, long number) {
        this.crl = crl;
        this.number = number;
    }

    /**
     * @param der          the CRL as stored
     * @param market       the market CA certificate (from the CA key store, not the database)
     * @param newestSeen   the highest CRL number this node has trusted before (0 if none)
     * @return the trusted CRL, or empty when the CRL is unsigned, foreign, expired or older than one seen before
     */
    public static Optional<TrustedCrl> of(byte[] der, X509Certificate market, long newestSeen, Instant now) {
        if (der == null) {
            return Optional.empty();
        }
        try {
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509", Pki.BC)
                    .generateCRL(new java.io.ByteArrayInputStream(der));
            if (!crl.getIssuerX500Principal().equals(market.getSubjectX500Principal())) {
                return Optional.empty();
            }
            crl.verify(market.getPublicKey(), Pki.BC);
            long number = number(crl).orElse(-1L);
            if (number < newestSeen || crl.getNextUpdate() == null || !now.isBefore(crl.getNextUpdate().toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new TrustedCrl(crl, number));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public RevocationState state(BigInteger serial) {
        return crl.getRevokedCertificate(serial) == null ? RevocationState.GOOD : RevocationState.REVOKED;
    }

    public long number() {
        return number;
    }

    private static Optional<Long> number(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).longValueExact());
    }
}
