package org.parkchain.charging.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.parkchain.charging.boundary.TradingDesk;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.charging.control.TradingTerms;
import org.parkchain.platform.web.FacesMessages;

/** The terms of the rights market in one sentence of the reader's language, for the trading pages. */
@Named("tradingTerms")
@RequestScoped
public class TradingTermsView {
    @Inject
    TradingDesk desk;

    @Inject
    FacesMessages messages;

    public String text(LocalDate day) {
        TradingTerms t = desk.terms();
        int first = desk.firstOpenSlot(day);
        String rule = messages.text("trading.rule." + t.rule().name(), t.kappa());
        return messages.text("trading.terms", first < 96 ? SlotTimes.label(first) : "24:00",
                t.closeBefore().toMinutes(), t.priceCap().toPlainString(), rule, t.clearingInterval().toMinutes());
    }
}
