package vn.doanthe.platform.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The headers of a file sent for download under its own name. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Content-Disposition for a file named {@code fileName}: the name in UTF-8 (RFC 6266, so "Chỉ thị
     * 26.pdf" arrives as written), and for old clients a plain-ASCII one without the marks.
     */
    public static String attachment(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
    }
}
