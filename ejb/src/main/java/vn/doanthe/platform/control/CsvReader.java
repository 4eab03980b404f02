package vn.doanthe.platform.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: fields separated by commas, quoted fields may hold commas, doubled quotes and
 * line breaks. A byte-order mark at the start is skipped (Excel writes one).
 */
public final class CsvReader {

    private final Reader in;
    private int lookahead = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or {@code null} at the end of the input. */
    public List<String> next() {
        try {
            if (lookahead == -2) {
                lookahead = in.read();
                if (lookahead == '\uFEFF') {
                    lookahead = in.read();
                }
            }
            if (lookahead == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                int c = lookahead;
                lookahead = in.read();
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException("CSV ends inside a quoted field");
                    } else if (c == '"' && lookahead == '"') {
                        field.append('"');
                        lookahead = in.read();
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && lookahead == '\n') {
                    continue;
                } else if (c == '\n' || c == '\r' || c == -1) {
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
