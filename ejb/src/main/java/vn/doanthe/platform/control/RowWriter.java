package vn.doanthe.platform.control;

import java.io.Closeable;
import java.io.OutputStream;
import java.util.List;

/**
 * A table written row by row to a stream, as a spreadsheet (XLSX) or as CSV; nothing but the
 * current rows is held in memory. Cells are text, numbers, dates (written dd/MM/yyyy) or times
 * (dd/MM/yyyy HH:mm:ss).
 */
public interface RowWriter extends Closeable {

    void row(List<?> cells);

    /** Goes on in another sheet of the same file (a spreadsheet only: a CSV file holds one table). */
    default void sheet(String name) {
        throw new UnsupportedOperationException("A CSV file holds one table");
    }

    /** Finishes the file; the stream itself stays open. */
    @Override
    void close();

    static RowWriter csv(OutputStream out) {
        return new CsvWriter(out);
    }

    static RowWriter xlsx(OutputStream out, String sheetName) {
        return new XlsxWriter(out, sheetName);
    }
}
