package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Attachments are typed from their bytes: the accepted kinds are recognised, anything else and renamed files not. */
class AttachmentTypesTest {
    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void theAcceptedKindsAreRecognisedFromTheirBytes() throws IOException {
        assertEquals(Optional.of(AttachmentTypes.PDF), AttachmentTypes.sniff("%PDF-1.7\n".getBytes()));
        assertEquals(Optional.of(AttachmentTypes.PNG), AttachmentTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G',
                0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(Optional.of(AttachmentTypes.JPEG), AttachmentTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(AttachmentTypes.XLSX), AttachmentTypes.sniff(zip("xl/workbook.xml")));
        assertEquals(Optional.of(AttachmentTypes.CSV), AttachmentTypes.sniff("slot,weekday\n0,500\n营业,1\n"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everythingElseIsRefused() throws IOException {
        assertEquals(Optional.empty(), AttachmentTypes.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertEquals(Optional.empty(), AttachmentTypes.sniff(zip("word/document.xml")), "a DOCX is not a workbook");
        assertEquals(Optional.empty(), AttachmentTypes.sniff(new byte[] {'a', 0, 'b'}), "binary is not CSV");
        assertEquals(Optional.empty(), AttachmentTypes.sniff(new byte[] {(byte) 0xC3, (byte) 0x28}), "not UTF-8");
        assertEquals(Optional.empty(), AttachmentTypes.sniff(new byte[0]));
    }

    @Test
    void aNameMustNotSayOtherwise() {
        assertTrue(AttachmentTypes.PDF.fitsName("offer.PDF"));
        assertTrue(AttachmentTypes.JPEG.fitsName("site.jpeg"));
        assertTrue(AttachmentTypes.CSV.fitsName("readme"));
        assertFalse(AttachmentTypes.PDF.fitsName("offer.png"));
        assertFalse(AttachmentTypes.CSV.fitsName("data.xlsx"));
    }
}
