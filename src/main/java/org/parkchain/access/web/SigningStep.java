package org.parkchain.access.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Serializable;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.control.SigningReadiness;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The portal's confirmation step before a market action is signed with the key held for the user: the view opens it
 * with the action's canonical payload and its {@link SigningText} (a sentence and labelled values in the user's
 * language); the page shows them, the exact canonical JSON below, and asks for the password; only then is the
 * payload signed. The step does not open when the user cannot sign in the portal (no valid certificate, or only one
 * for their own key): they are told why and what to do first. The signature goes to the feature's boundary like an
 * API client's, so the one verifier checks both. Used by the views of every signed market action (include
 * signing-step.xhtml).
 */
@Dependent
public class SigningStep implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    HeldKeys heldKeys;

    private String action;
    private String payload;
    private SigningText text;
    private String password;

    /**
     * Shows the action for confirmation; nothing is signed yet.
     *
     * @throws BusinessException {@code error.signing.<READINESS>} when the user cannot sign in the portal now
     */
    public void open(String username, String action, JsonObject payload, SigningText text) {
        SigningReadiness readiness = heldKeys.readiness(username);
        if (readiness != SigningReadiness.READY) {
            throw new BusinessException(readiness.messageKey());
        }
        this.action = action;
        this.payload = CanonicalJson.write(payload);
        this.text = text;
        this.password = null;
    }

    public SigningText getText() {
        return text;
    }

    public boolean isOpen() {
        return payload != null;
    }

    public String getAction() {
        return action;
    }

    /** The exact bytes that will be signed (canonical JSON, UTF-8). */
    public byte[] payload() {
        return payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The exact text that is signed (canonical JSON, UTF-8). */
    public String getCanonical() {
        return payload;
    }

    /** Signs the payload with the held key under the given password; the step stays open when that fails. */
    public HeldKeys.Signed sign(String username) {
        HeldKeys.Signed signed = heldKeys.sign(username, password, payload());
        password = null;
        return signed;
    }

    /**
     * After a refusal: the step stays open for another try when only the password was wrong, and closes otherwise
     * (a revoked certificate or a changed offer does not get better by signing again).
     */
    public void refused(BusinessException e) {
        if (!e.problems().stream().allMatch(p -> "password".equals(p.field()))) {
            close();
        }
    }

    public void close() {
        action = null;
        payload = null;
        text = null;
        password = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
