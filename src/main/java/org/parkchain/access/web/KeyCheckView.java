package org.parkchain.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Formats;
import org.parkchain.platform.web.LocaleView;

/**
 * The check of a participant's signing key on Market access: a test statement signed with the held key through the
 * same signing step every market action uses, and verified like one. It changes nothing on the market.
 */
@Named("keyCheck")
@ViewScoped
public class KeyCheckView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    MarketSignatures signatures;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    Formats fmt;

    @Inject
    SigningStep signing;

    /** Opens the signing step for the test statement (or says why the user cannot sign in the portal). */
    public void start() {
        try {
            JsonObject payload = signatures.keyCheckPayload(currentUser.name());
            signing.open(currentUser.name(), MarketSignatures.KEY_CHECK, payload, SigningText
                    .saying(messages.text("signing.keyCheck.sentence"))
                    .line(messages.text("signing.organisation"), currentUser.participant().name(localeView.getLocale()))
                    .line(messages.text("signing.user"), currentUser.account().getDisplayName() + " ("
                            + currentUser.name() + ")")
                    .line(messages.text("signing.at"), fmt.dateTime(Instant.parse(payload.getString("at")))));
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void confirm() {
        try {
            HeldKeys.Signed signed = signing.sign(currentUser.name());
            String fingerprint = signatures.verify(currentUser.name(), MarketSignatures.KEY_CHECK, signing.payload(),
                    signed.signature(), signed.certificatePem(), Set.of(currentUser.account().getRole().name()));
            signing.close();
            messages.info("access.keyCheck.ok", fingerprint);
        } catch (BusinessException e) {
            signing.refused(e);
            messages.refused(e);
        }
    }

    public SigningStep getSigning() {
        return signing;
    }
}
