package org.parkchain.access.control;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Reads a participant's PKCS#10 certificate signing request (PEM). Rules: it must be one well-formed request, for an
 * elliptic-curve key on the park profile's curve, signed with the private key of the public key it carries (proof of
 * possession), and its subject must carry the applicant's own unified social credit code (as {@code serialNumber} or
 * any other attribute of the subject). The last rule binds the request to its applicant: a request made for one
 * organisation cannot be replayed by another, because only the key's holder can sign a request naming someone else.
 * The private key never leaves the participant.
 */
public final class CsrReader {
    /** Why a request was refused; each has its own message. */
    public enum Problem { MALFORMED, UNSUPPORTED_KEY, WEAK_KEY, BAD_SIGNATURE, NOT_BOUND }

    /** A refused request. */
    public static final class CsrException extends Exception {
        private final Problem problem;

        CsrException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private CsrReader() {
    }

    /**
     * @param profile    the park's algorithms: the key must lie on its curve
     * @param creditCode the applicant's unified social credit code, which the request's subject must carry
     */
    public static PublicKey publicKey(String pem, CryptoProfile profile, String creditCode) throws CsrException {
        JcaPKCS10CertificationRequest csr = parse(pem);
        PublicKey key;
        try {
            key = csr.getPublicKey();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CsrException(Problem.MALFORMED, "the request's public key cannot be read");
        }
        if (!(key instanceof ECPublicKey)) {
            throw new CsrException(Problem.UNSUPPORTED_KEY, "only elliptic-curve keys are accepted, not "
                    + key.getAlgorithm());
        }
        if (!profile.acceptsKey(key)) {
            throw new CsrException(Problem.WEAK_KEY, "only keys on " + profile.curveLabel() + " are accepted");
        }
        try {
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Pki.BC).build(key))) {
                throw new CsrException(Problem.BAD_SIGNATURE, "the request is not signed by its own key");
            }
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            throw new CsrException(Problem.BAD_SIGNATURE, "the request's signature cannot be checked");
        }
        if (!names(csr.getSubject(), creditCode)) {
            throw new CsrException(Problem.NOT_BOUND, "the request's subject does not carry the credit code "
                    + creditCode);
        }
        return key;
    }

    /** Whether one of the subject's attribute values is the credit code (letters compared without case). */
    static boolean names(X500Name subject, String creditCode) {
        if (subject == null || creditCode == null || creditCode.isBlank()) {
            return false;
        }
        String wanted = creditCode.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(subject.getRDNs()).flatMap(rdn -> Arrays.stream(rdn.getTypesAndValues()))
                .map(AttributeTypeAndValue::getValue).map(v -> IETFUtils.valueToString(v).trim())
                .anyMatch(v -> v.toUpperCase(Locale.ROOT).equals(wanted));
    }

    private static JcaPKCS10CertificationRequest parse(String pem) throws CsrException {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem == null ? "" : pem))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new CsrException(Problem.MALFORMED, "not a PEM certificate request: " + e.getMessage());
        }
        if (!(parsed instanceof org.bouncycastle.pkcs.PKCS10CertificationRequest request)) {
            throw new CsrException(Problem.MALFORMED, "the text holds no PKCS#10 certificate request");
        }
        return new JcaPKCS10CertificationRequest(request).setProvider(Pki.BC);
    }
}
