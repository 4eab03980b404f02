package vn.doanthe.platform.api;

import jakarta.ws.rs.core.EntityPart;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The name of an uploaded file as its user wrote it. Browsers and HTTP clients send the name's
 * UTF-8 bytes in the part's header, and Jersey reads the header as ISO-8859-1: "Chỉ thị.pdf"
 * would be kept as "ChÃ¡Â»Â‰ thÃ¡Â»Â‹.pdf". Bytes that form UTF-8 are read as UTF-8 again.
 */
public final class UploadedFileName {

    private UploadedFileName() {
    }

    /** The part's file name; null when it has none. */
    public static String of(EntityPart part) {
        return part.getFileName().map(UploadedFileName::repaired).orElse(null);
    }

    static String repaired(String name) {
        if (name.chars().anyMatch(c -> c > 0xFF) || name.chars().noneMatch(c -> c >= 0x80)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }
}
