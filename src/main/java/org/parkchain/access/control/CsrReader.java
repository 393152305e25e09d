package org.parkchain.access.control;

import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * Reads a participant's PKCS#10 certificate signing request (PEM). Rules: it must be one well-formed request, signed
 * with the private key of the public key it carries (proof of possession), and that key must be an elliptic-curve
 * key; the private key never leaves the participant.
 */
public final class CsrReader {
    /** Why a request was refused; each has its own message. */
    public enum Problem { MALFORMED, BAD_SIGNATURE, UNSUPPORTED_KEY }

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

    public static PublicKey publicKey(String pem) throws CsrException {
        Object parsed;
        try (PEMParser parser = new PEMParser(new StringReader(pem == null ? "" : pem))) {
            parsed = parser.readObject();
        } catch (IOException | RuntimeException e) {
            throw new CsrException(Problem.MALFORMED, "not a PEM certificate request: " + e.getMessage());
        }
        if (!(parsed instanceof org.bouncycastle.pkcs.PKCS10CertificationRequest request)) {
            throw new CsrException(Problem.MALFORMED, "the text holds no PKCS#10 certificate request");
        }
        JcaPKCS10CertificationRequest csr = new JcaPKCS10CertificationRequest(request).setProvider(Pki.BC);
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
        try {
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Pki.BC).build(key))) {
                throw new CsrException(Problem.BAD_SIGNATURE, "the request is not signed by its own key");
            }
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            throw new CsrException(Problem.BAD_SIGNATURE, "the request's signature cannot be checked");
        }
        return key;
    }
}
