package vn.doanthe.platform.web;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDF files the console gives (certificates, reports): DejaVu Sans, embedded,
 * since the standard PDF fonts have no Vietnamese letters. Read from the application once.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(base("DejaVuSans.ttf", REGULAR), size);
    }

    public static Font bold(float size) {
        return new Font(base("DejaVuSans-Bold.ttf", BOLD), size);
    }

    private static BaseFont base(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF font " + name + " cannot be read", e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/vn/doanthe/platform/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
