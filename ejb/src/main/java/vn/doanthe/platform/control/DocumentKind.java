package vn.doanthe.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document file the application keeps (a directive's signed PDF, its Word or
 * LibreOffice text, a photographed page), told by their content, never by the name or type the
 * browser gave: a renamed spreadsheet or program is not a document.
 */
public enum DocumentKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    /** How many entries of a ZIP file are looked at before it is taken for something else. */
    private static final int ZIP_ENTRIES_READ = 200;

    private final String mediaType;
    private final String extension;

    DocumentKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The kind the content is, or null when it is none of them. */
    public static DocumentKind of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return ofZip(content);
        }
        return null;
    }

    /**
     * An OpenDocument text begins with an entry "mimetype" naming its type; a Word document holds
     * word/document.xml. Spreadsheets, presentations and other archives are neither.
     */
    private static DocumentKind ofZip(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry != null && entry.getName().equals("mimetype")) {
                String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                return type.equals(ODT.mediaType) ? ODT : null;
            }
            for (int read = 0; entry != null && read < ZIP_ENTRIES_READ; read++, entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return DOCX;
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException broken) {
            return null;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
