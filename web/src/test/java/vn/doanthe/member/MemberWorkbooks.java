package vn.doanthe.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;

/** Spreadsheets for the import and export tests: a sample to import, and any sheet read back as text. */
public final class MemberWorkbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HAMLET = "29254.03";
    static final List<String> COLUMNS = List.of("Họ và tên", "Giới tính", "Ngày sinh", "CCCD", "Điện thoại",
            "Mã thôn/ấp", "Địa chỉ", "Dân tộc", "Tôn giáo", "Trình độ học vấn", "Nghề nghiệp", "Mã chi hội/chi đoàn",
            "Ngày vào", "Số thẻ");

    /**
     * Two good rows (rows 2 and 3; the first joins {@code branch} on 01/05/2015) and five bad ones, each
     * bad in one column: row 4 the CCCD, 5 a birth date in the future, 6 an unknown hamlet, 7 a unit that
     * does not exist, 8 a card number that is a formula. Every name holds {@code word}.
     */
    record Sample(String word, List<String> nationalIds, byte[] xlsx) {
    }

    private MemberWorkbooks() {
    }

    static Sample sample(long branch) {
        String word = "Nhap" + Deployments.unique();
        int serial = Serials.block(6);
        List<String> ids = new ArrayList<>();
        for (Object[] person : new Object[][] {{Gender.FEMALE, 1985}, {Gender.MALE, 1970}, {Gender.MALE, 2099},
                {Gender.FEMALE, 1991}, {Gender.MALE, 1992}, {Gender.FEMALE, 1993}}) {
            ids.add(NationalId.compose("86", (Gender) person[0], (Integer) person[1], serial + ids.size()));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Thành viên");
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            row(sheet, 0, COLUMNS.toArray(String[]::new));
            row(sheet, 1, "Nguyễn Thị " + word, "Nữ", "04/03/1985", ids.get(0), "0912345678", HAMLET, "Số 7", "01", "",
                    "12/12", "Làm ruộng", Long.toString(branch), null, "HPN-7");
            sheet.getRow(1).createCell(12).setCellValue(LocalDate.of(2015, 5, 1));
            sheet.getRow(1).getCell(12).setCellStyle(day);
            row(sheet, 2, "Trần Văn " + word, "Nam", "20/10/1970", ids.get(1), "", HAMLET);
            row(sheet, 3, "Lê Thị Sai " + word, "Nữ", "01/01/1990", "123456789012", "", HAMLET);
            row(sheet, 4, "Phạm Văn Tương Lai " + word, "Nam", "01/01/2099", ids.get(2), "", HAMLET);
            row(sheet, 5, "Võ Thị Lạc " + word, "Nữ", "01/01/1991", ids.get(3), "", "99999.99");
            row(sheet, 6, "Đỗ Văn Đơn Vị " + word, "Nam", "01/01/1992", ids.get(4), "", HAMLET, "", "", "", "", "",
                    "999999999", "01/01/2020", "");
            row(sheet, 7, "Hồ Thị Công Thức " + word, "Nữ", "01/01/1993", ids.get(5), "", HAMLET, "", "", "", "", "",
                    Long.toString(branch), "01/01/2020");
            sheet.getRow(7).createCell(13).setCellFormula("\"HPN-\"&8");
            return new Sample(word.toLowerCase(), ids, bytes(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code rows} valid rows, every one a woman of {@code HAMLET} joining {@code branch}, with a CCCD
     * of her own; every name holds the sample's word.
     */
    static Sample many(long branch, int rows) {
        String word = "Nhieu" + Deployments.unique();
        int serial = Serials.block(rows);
        List<String> ids = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Thành viên");
            row(sheet, 0, COLUMNS.toArray(String[]::new));
            for (int i = 1; i <= rows; i++) {
                ids.add(NationalId.compose("80", Gender.FEMALE, 1990, serial + i - 1));
                row(sheet, i, "Lâm Thị " + word, "Nữ", "01/02/1990", ids.get(i - 1), "", HAMLET, "", "", "", "", "",
                        Long.toString(branch), "01/03/2010", "");
            }
            return new Sample(word.toLowerCase(), ids, bytes(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The first {@code width} cells of every row of the first sheet, as Excel shows them. */
    public static List<List<String>> rows(byte[] xlsx, int width) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
