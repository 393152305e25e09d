package org.parkchain.trading.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.Locale;
import org.parkchain.access.web.SigningText;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.TradingMembers;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.TermsJson;
import org.parkchain.trading.control.TermsText;

/** What a trader reads before signing a copy of a contract's terms or a statement confirmation, in its language. */
@Dependent
public class TradingSigningText implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TradingMembers members;

    @Inject
    LocaleView localeView;

    @Inject
    FacesMessages messages;

    /** A copy of the terms: the sentence, the terms as labelled values, the terms' hash. */
    public SigningText copy(JsonObject payload) {
        ContractTerms t = TermsJson.read(payload.getJsonObject("terms"));
        Locale locale = localeView.getLocale();
        SigningText text = SigningText.saying(messages.text("trading.sign.copy", payload.getInt("contractId"),
                payload.getInt("termSheetVersion")));
        for (TermsText.Line line : TermsText.lines(t, locale, id -> members.name(id, localeView.isChinese()))) {
            text.line(line.label(), line.value());
        }
        return text.code(messages.text("trading.sign.termsHash"), payload.getString("termsHash"));
    }

    /** A statement confirmation: month, amount due, figures' hash. */
    public SigningText statement(JsonObject payload) {
        return SigningText.saying(messages.text("trading.sign.statement", payload.getInt("contractId"),
                        payload.getString("month")))
                .line(messages.text("trading.statement.amountDue"), messages.text("unit.yuan",
                        payload.getString("amountDue")))
                .code(messages.text("trading.sign.figuresHash"), payload.getString("figuresHash"));
    }
}
