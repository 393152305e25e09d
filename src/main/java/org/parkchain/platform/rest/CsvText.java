package org.parkchain.platform.rest;

import java.nio.charset.StandardCharsets;

/**
 * CSV exports as spreadsheet programs read them: RFC 4180 rows (cells with commas, quotes or line breaks quoted, CRLF
 * line ends), UTF-8 with a byte order mark so that Chinese text opens correctly.
 */
public final class CsvText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    public static void row(StringBuilder out, String... cells) {
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

    /** The text as UTF-8 behind a byte order mark. */
    public static byte[] bytes(CharSequence csv) {
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
