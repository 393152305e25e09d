package org.parkchain.access.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How an API client sends a signed market action: the canonical payload as the body, a detached Base64 signature in
 * {@value #SIGNATURE} and the signer's certificate, PEM in Base64, in {@value #CERTIFICATE}.
 */
public final class SignatureHeaders {
    public static final String SIGNATURE = "X-ParkChain-Signature";
    public static final String CERTIFICATE = "X-ParkChain-Certificate";

    private SignatureHeaders() {
    }

    /** The PEM text of the certificate header; anything unreadable becomes null and is refused by the signature check. */
    public static String pem(String header) {
        try {
            return header == null ? null : new String(Base64.getDecoder().decode(header.trim()),
                    StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
