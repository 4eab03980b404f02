package vn.doanthe.member.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.boundary.InvalidInput;

class MemberSheetReaderTest {

    @Test
    void rowsComeNumberedAsExcelShowsThemWithDatesDayFirstFormulasMarkedAndBlankRowsSkipped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            header(sheet);
            sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn A");
            sheet.createRow(2); // blank
            Row third = sheet.createRow(3);
            third.createCell(0).setCellValue("Trần Thị B");
            third.createCell(2).setCellValue(LocalDate.of(1990, 12, 31));
            CellStyle american = workbook.createCellStyle();
            american.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            third.getCell(2).setCellStyle(american);
            third.createCell(3).setCellValue(86085001234d);

            List<String> read = new ArrayList<>();
            third.createCell(13).setCellFormula("\"HPN-\"&1");
            MemberSheetReader.read(bytes(workbook), row -> read.add(row.number() + ":" + row.cell(0) + ":"
                    + row.cell(2) + ":" + row.cell(3) + ":" + row.cells().size() + ":" + row.formulas()));
            assertEquals(List.of("2:Nguyễn Văn A:::14:[]", "4:Trần Thị B:31/12/1990:86085001234:14:[13]"), read);
        }
    }

    @Test
    void otherColumnsAreRefusedNamingTheExpectedOnesAndTheSheetsRead() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Tên");
            workbook.createSheet("Trống");
            InvalidInput refused = assertThrows(InvalidInput.class, () -> MemberSheetReader.count(bytes(workbook)));
            assertEquals("member.import.error.noHeaderSheet", refused.messageKey());
            assertEquals("file", refused.field());
            assertEquals(List.of(String.join(", ", MemberSheet.IMPORT_COLUMNS), "Danh sách, Trống"),
                    List.of(refused.arguments()));
        }
    }

    @Test
    void theRowsAreReadFromTheFirstSheetWithTheHeaderAfterEmptySheetsAndNotes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            Sheet notes = workbook.createSheet("Hướng dẫn");
            notes.createRow(0).createCell(0).setCellValue("Điền mỗi người một dòng ở trang Thành viên");
            notes.createRow(1).createCell(0).setCellValue("Không phải một thành viên");
            notes.addMergedRegion(CellRangeAddress.valueOf("A2:C3")); // not the member sheet: not refused
            Sheet members = workbook.createSheet("Thành viên");
            header(members);
            members.createRow(1).createCell(0).setCellValue("Nguyễn Văn A");
            Sheet later = workbook.createSheet("Thành viên (2)");
            header(later);
            later.createRow(1).createCell(0).setCellValue("Không đọc");

            List<String> read = new ArrayList<>();
            MemberSheetReader.read(bytes(workbook), row -> read.add(row.number() + ":" + row.cell(0)));
            assertEquals(List.of("2:Nguyễn Văn A"), read);
        }
    }

    @Test
    void everyCellIsTidiedSoAHeaderOrAGenderTypedDecomposedOrPastedFromWordReadsAsTyped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < MemberSheet.IMPORT_COLUMNS.size(); i++) {
                String decomposed = Normalizer.normalize(MemberSheet.IMPORT_COLUMNS.get(i), Normalizer.Form.NFD);
                header.createCell(i).setCellValue(" " + decomposed.replace(" ", "\u00A0") + "\u200B");
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("\uFEFFÐặng\u00A0Thị  Hoa\u00AD");
            row.createCell(1).setCellValue("Nu\u031B\u0303"); // "Nữ" as a decomposing keyboard sends it
            row.createCell(3).setCellValue("０８６１８５００１２３４"); // full-width digits
            sheet.createRow(2).createCell(0).setCellValue("\u200B\u00A0"); // blank once tidied: skipped

            List<MemberRow> read = new ArrayList<>();
            MemberSheetReader.read(bytes(workbook), read::add);
            assertEquals(1, read.size());
            MemberRow first = read.get(0);
            assertEquals("Đặng Thị Hoa", first.cell(MemberSheet.FULL_NAME));
            assertEquals("Nữ", first.cell(MemberSheet.GENDER));
            assertEquals(Gender.FEMALE, MemberSheet.gender(first.cell(MemberSheet.GENDER)));
            assertEquals("086185001234", first.cell(MemberSheet.NATIONAL_ID));
        }
    }

    @Test
    void mergedCellsAmongTheRowsAreRefusedNamingThemAndATitleMergedAboveTheHeaderIsNot() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            header(sheet);
            sheet.createRow(1).createCell(0).setCellValue("Nguyễn Văn A");
            sheet.createRow(2).createCell(0).setCellValue("Trần Thị B");
            sheet.getRow(1).createCell(9).setCellValue("Ấp Trùng"); // a hamlet merged down over two members
            sheet.addMergedRegion(CellRangeAddress.valueOf("J2:J3"));
            InvalidInput refused = assertThrows(InvalidInput.class, () -> MemberSheetReader.count(bytes(workbook)));
            assertEquals("member.import.error.mergedCells", refused.messageKey());
            assertEquals("file", refused.field());
            assertEquals(List.of("J2:J3"), List.of(refused.arguments()));

            sheet.removeMergedRegion(0);
            sheet.addMergedRegion(CellRangeAddress.valueOf("P1:R1")); // beside the header, no data row
            assertEquals(2, MemberSheetReader.count(bytes(workbook)));
        }
    }

    @Test
    void aTextFileOrAZipThatIsNoWorkbookIsNotAnXlsx() throws IOException {
        assertEquals("member.import.error.notXlsx", assertThrows(InvalidInput.class, () -> MemberSheetReader
                .count("Họ và tên,Giới tính\n".getBytes(StandardCharsets.UTF_8))).messageKey());
        byte[] zip = zip("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8));
        assertEquals("member.import.error.notXlsx",
                assertThrows(InvalidInput.class, () -> MemberSheetReader.count(zip)).messageKey());
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] bomb = zip("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types>" + " ".repeat(50 * 1024 * 1024)
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        assertEquals("member.import.error.zipBomb",
                assertThrows(InvalidInput.class, () -> MemberSheetReader.count(bomb)).messageKey());
    }

    private static void header(Sheet sheet) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < MemberSheet.IMPORT_COLUMNS.size(); i++) {
            row.createCell(i).setCellValue(MemberSheet.IMPORT_COLUMNS.get(i));
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
