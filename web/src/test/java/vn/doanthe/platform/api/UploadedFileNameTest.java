package vn.doanthe.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedFileNameTest {

    @Test
    void utf8BytesReadAsLatin1AreReadAgain() {
        String misread = new String("Chỉ thị 26-CT/TU.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("Chỉ thị 26-CT/TU.pdf", UploadedFileName.repaired(misread));
    }

    @Test
    void aNameAlreadyRightStaysAsItIs() {
        assertEquals("Chỉ thị.pdf", UploadedFileName.repaired("Chỉ thị.pdf"));
        assertEquals("plain.pdf", UploadedFileName.repaired("plain.pdf"));
        // Latin-1 that is not UTF-8 (a client that did send ISO-8859-1): kept.
        assertEquals("Résumé.pdf", UploadedFileName.repaired("Résumé.pdf"));
    }
}
