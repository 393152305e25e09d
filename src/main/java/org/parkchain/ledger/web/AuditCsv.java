package org.parkchain.ledger.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.parkchain.ledger.control.AuditFinding;
import org.parkchain.ledger.control.ChainReport;
import org.parkchain.ledger.control.VerificationReport;
import org.parkchain.platform.i18n.Messages;

/**
 * The verification result as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read Chinese
 * correctly): one row per discrepancy, chain problems first; headers and finding names in the reader's language.
 */
final class AuditCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AuditCsv() {
    }

    static byte[] write(VerificationReport report, Locale locale) {
        StringBuilder out = new StringBuilder();
        row(out, text(locale, "audit.category"), text(locale, "audit.kind"), text(locale, "audit.aggregate"),
                text(locale, "audit.entry"), text(locale, "audit.type"), text(locale, "audit.batch"),
                text(locale, "audit.detail"));
        ChainReport chain = report.chain();
        for (String problem : chain.problems()) {
            row(out, "CHAIN", text(locale, "audit.kind.CHAIN"), "", "", "",
                    chain.brokenBlock() == null ? "" : String.valueOf(chain.brokenBlock()), problem);
        }
        for (AuditFinding f : report.findings()) {
            row(out, f.kind().category().name(), text(locale, "audit.kind." + f.kind().name()), f.aggregateId(),
                    f.entryId(), f.type(), f.batchId(), f.detail());
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key);
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }
}
