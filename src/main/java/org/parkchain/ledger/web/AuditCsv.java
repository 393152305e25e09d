package org.parkchain.ledger.web;

import java.util.Locale;
import org.parkchain.ledger.control.AuditFinding;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.VerificationReport;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.platform.rest.CsvText;

/**
 * The verification result as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read Chinese
 * correctly): one row per discrepancy, chain problems first; headers and finding names in the reader's language.
 */
final class AuditCsv {
    private AuditCsv() {
    }

    static byte[] write(VerificationReport report, Locale locale) {
        StringBuilder out = new StringBuilder();
        CsvText.row(out, text(locale, "audit.category"), text(locale, "audit.kind"), text(locale, "audit.aggregate"),
                text(locale, "audit.entry"), text(locale, "audit.type"), text(locale, "audit.batch"),
                text(locale, "audit.detail"));
        ChainReport chain = report.chain();
        for (String problem : chain.problems()) {
            CsvText.row(out, "CHAIN", text(locale, "audit.kind.CHAIN"), "", "", "",
                    chain.brokenBlock() == null ? "" : String.valueOf(chain.brokenBlock()), problem);
        }
        for (AuditFinding f : report.findings()) {
            CsvText.row(out, f.kind().category().name(), text(locale, "audit.kind." + f.kind().name()), f.aggregateId(),
                    f.entryId(), f.type(), f.batchId(), f.detail());
        }
        return CsvText.bytes(out);
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
