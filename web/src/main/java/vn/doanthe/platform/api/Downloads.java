package vn.doanthe.platform.api;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** A file sent for download under its own name. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

    /** The response that sends {@code body} (bytes or a stream written as it is sent) as {@code fileName}. */
    public static Response file(Object body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", attachment(fileName)).build();
    }
}
