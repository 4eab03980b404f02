package vn.doanthe.platform.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes RFC 4180 CSV in UTF-8 with a byte-order mark, which is what makes Excel read Vietnamese
 * correctly: fields holding a comma, a quote or a line break are quoted, quotes doubled, lines
 * end with CRLF. Text that a spreadsheet would take for a formula is neutralised
 * ({@link SpreadsheetText}); numbers, dates and times are written as they are.
 */
final class CsvWriter implements RowWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Writer out;

    CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write("\uFEFF");
    }

    @Override
    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    static String field(Object value) {
        String text = value == null ? ""
                : value instanceof LocalDate day ? DAY.format(day)
                : value instanceof LocalDateTime time ? TIME.format(time)
                : value instanceof Number number ? number.toString() : SpreadsheetText.neutralise(value.toString());
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
