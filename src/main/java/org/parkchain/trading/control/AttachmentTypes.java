package org.parkchain.trading.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a negotiation attachment is, read from its bytes, never from its name: PDF ({@code %PDF-}), PNG and JPEG
 * (their signatures), XLSX (a ZIP holding {@code xl/workbook.xml}), or CSV (UTF-8 text without control characters
 * other than tab and line breaks). Anything else is refused, and so is a name whose extension says otherwise.
 */
public enum AttachmentTypes {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv", "csv");

    private final String contentType;
    private final String[] extensions;

    AttachmentTypes(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the bytes are, if it is one of the accepted ones. */
    public static Optional<AttachmentTypes> sniff(byte[] b) {
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return workbook(b) ? Optional.of(XLSX) : Optional.empty();
        }
        return text(b) ? Optional.of(CSV) : Optional.empty();
    }

    /** Whether a file name's extension fits this type (a name without extension fits any). */
    public boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (String e : extensions) {
            if (e.equals(ext)) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean workbook(byte[] b) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if ("xl/workbook.xml".equals(e.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean text(byte[] b) {
        if (b.length == 0) {
            return false;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
