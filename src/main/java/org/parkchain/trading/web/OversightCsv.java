package org.parkchain.trading.web;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.platform.rest.CsvText;
import org.parkchain.trading.boundary.TradingOversight;
import org.parkchain.trading.control.TermsText;

/** The regulator's contract list as CSV, headers and words in the reader's language, figures as plain numbers. */
final class OversightCsv {
    private OversightCsv() {
    }

    static byte[] write(List<TradingOversight.ContractRow> rows, Locale locale, LongFunction<String> names) {
        StringBuilder out = new StringBuilder();
        CsvText.row(out, text(locale, "trading.oversight.contract"), text(locale, "trading.oversight.channel"),
                text(locale, "trading.terms.seller"), text(locale, "trading.terms.buyer"),
                text(locale, "trading.terms.diff.start"), text(locale, "trading.terms.diff.end"),
                text(locale, "trading.oversight.energy"), text(locale, "trading.terms.price"),
                text(locale, "trading.channel.status"), text(locale, "trading.oversight.termsHash"));
        for (TradingOversight.ContractRow r : rows) {
            CsvText.row(out, String.valueOf(r.contract().getId()), String.valueOf(r.contract().getChannelId()),
                    names.apply(r.terms().sellerId()), names.apply(r.terms().buyerId()),
                    String.valueOf(r.terms().start()), String.valueOf(r.terms().end()),
                    CanonicalJson.decimal(Math.round(r.contractedKwh())), TermsText.price(r.terms(), locale),
                    text(locale, "trading.contract.status." + r.contract().getStatus().name()),
                    r.contract().getTermsHash());
        }
        return CsvText.bytes(out);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
