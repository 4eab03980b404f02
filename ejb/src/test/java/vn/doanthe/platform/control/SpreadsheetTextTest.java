package vn.doanthe.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.doanthe.member.control.MemberRow;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.MemberSheetReader;

/** CSV/formula injection: text a spreadsheet would run as a formula is written with a leading quote. */
class SpreadsheetTextTest {

    private static final List<String> DANGEROUS = List.of(
            "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx");
    private static final String NAME = "Nguyễn Thị Hoa";

    @Test
    void textThatCouldStartAFormulaGetsAQuoteAndOtherTextIsUnchanged() {
        for (String text : DANGEROUS) {
            assertEquals("'" + text, SpreadsheetText.neutralise(text));
        }
        assertEquals(NAME, SpreadsheetText.neutralise(NAME));
        assertEquals("Số 7, ấp 3 - xã Long Hòa", SpreadsheetText.neutralise("Số 7, ấp 3 - xã Long Hòa"));
        assertEquals("'=", SpreadsheetText.neutralise("="));
        assertEquals("", SpreadsheetText.neutralise(""));
        assertNull(SpreadsheetText.neutralise(null));
    }

    @Test
    void csvFieldsAreNeutralisedAndNumbersKeepTheirSign() {
        List<Object> row = new ArrayList<>(DANGEROUS);
        row.add(NAME);
        row.add(-5L);
        row.add(-2.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter csv = RowWriter.csv(out)) {
            csv.row(row);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> back = new CsvReader(new StringReader(text)).next();
        for (int i = 0; i < DANGEROUS.size(); i++) {
            assertEquals("'" + DANGEROUS.get(i), back.get(i));
        }
        assertEquals(NAME, back.get(6));
        assertEquals("-5", back.get(7));
        assertEquals("-2.5", back.get(8));
        assertTrue(text.contains(",-5,-2.5\r\n"), text);
    }

    @Test
    void xlsxStringCellsAreNeutralisedAndNumbersStayNumeric() throws IOException {
        List<Object> row = new ArrayList<>(DANGEROUS);
        row.add(NAME);
        row.add(-5L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter xlsx = RowWriter.xlsx(out, "Sheet")) {
            xlsx.row(List.of("header"));
            xlsx.row(row);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row read = book.getSheetAt(0).getRow(1);
            for (int i = 0; i < DANGEROUS.size(); i++) {
                Cell cell = read.getCell(i);
                assertEquals(CellType.STRING, cell.getCellType(), DANGEROUS.get(i));
                assertTrue(cell.getStringCellValue().startsWith("'"), cell.getStringCellValue());
                assertEquals("'" + DANGEROUS.get(i), cell.getStringCellValue());
            }
            assertEquals(CellType.STRING, read.getCell(6).getCellType());
            assertEquals(NAME, read.getCell(6).getStringCellValue());
            assertEquals(CellType.NUMERIC, read.getCell(7).getCellType());
            assertEquals(-5d, read.getCell(7).getNumericCellValue());
        }
    }

    @Test
    void theQuoteIsTakenAwayOnlyWhereNeutraliseHadPutIt() {
        for (String typed : List.of("=HYPERLINK(\"http://x\",\"y\")", "+84912345678", "-2+3", "@SUM(A1)", "\tx", "'quoted",
                "Nguyễn Thị Hoa", "'", "")) {
            assertEquals(typed, SpreadsheetText.restore(SpreadsheetText.neutralise(typed)), typed);
        }
        assertEquals("'Hoa", SpreadsheetText.restore("'Hoa"), "a quote the user typed stays");
        assertNull(SpreadsheetText.restore(null));
    }

    @Test
    void theImportTemplateAndAReportWrittenThisWayAreReadBackByTheImport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter xlsx = RowWriter.xlsx(out, MemberSheet.SHEET_NAME)) {
            xlsx.row(MemberSheet.IMPORT_COLUMNS);
            List<Object> row = new ArrayList<>();
            row.add("=1+1");
            row.add("Nữ");
            xlsx.row(row);
        }
        List<MemberRow> rows = new ArrayList<>();
        MemberSheetReader.read(out.toByteArray(), rows::add);
        assertEquals(1, rows.size());
        assertEquals("=1+1", rows.get(0).cells().get(0), "a corrected report gives back what the user typed");
        assertEquals("Nữ", rows.get(0).cells().get(1));
        assertTrue(rows.get(0).formulas().isEmpty());
    }
}
