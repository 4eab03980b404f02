package vn.doanthe.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an XLSX file with POI's streaming workbook: only the last {@value #WINDOW} rows stay in
 * memory, the others go to a compressed temporary file until the workbook is written out. The
 * first row is the header, in bold and frozen; dates are real dates shown dd/mm/yyyy, times
 * dd/mm/yyyy hh:mm:ss; numbers are numeric cells; text is a string cell, neutralised by
 * {@link SpreadsheetText} when it could be taken for a formula.
 */
final class XlsxWriter implements RowWriter {

    private static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private SXSSFSheet sheet;
    private final CellStyle dayStyle;
    private final CellStyle timeStyle;
    private final CellStyle headerStyle;
    private int next;

    XlsxWriter(OutputStream out, String sheetName) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(sheetName);
        dayStyle = workbook.createCellStyle();
        dayStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        timeStyle = workbook.createCellStyle();
        timeStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dayStyle);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(timeStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
                if (next == 0) {
                    cell.setCellStyle(headerStyle);
                }
            }
        }
        next++;
    }

    /** Starts another sheet, whose first row is its header. */
    @Override
    public void sheet(String name) {
        sheet = workbook.createSheet(name);
        sheet.createFreezePane(0, 1);
        next = 0;
    }

    @Override
    public void close() {
        try (workbook) { // closing also deletes the temporary file
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
