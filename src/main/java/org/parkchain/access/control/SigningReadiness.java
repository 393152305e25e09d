package org.parkchain.access.control;

/**
 * Whether a portal user can sign a market action with a key the park holds for them, and if not, why: told before
 * the signing step opens, with what to do, instead of after the password was typed.
 */
public enum SigningReadiness {
    /** A valid certificate whose key the park holds: the signing step can open. */
    READY,
    /** Valid certificates only for the participant's own keys (applied with a CSR): sign through the API. */
    OWN_KEY,
    /** No certificate was ever issued: apply on Market access. */
    NONE,
    /** The newest certificate was revoked and none is valid: apply for a new one. */
    REVOKED,
    /** The newest certificate expired and none is valid: renew. */
    EXPIRED,
    /** The newest certificate's validity has not begun. */
    NOT_YET_VALID;

    /** The message that says what to do, e.g. {@code error.signing.OWN_KEY}. */
    public String messageKey() {
        return "error.signing." + name();
    }
}
