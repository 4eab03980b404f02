package vn.doanthe.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.SpreadsheetText;
import vn.doanthe.platform.web.Texts;

/**
 * The statistics of a unit as an Excel workbook, in the reader's language: the totals, the table
 * per organisation with eligible population and ratio, per status, and per unit below. A few
 * dozen rows at most, so it is built in memory. Text cells (unit names typed by users) go
 * through {@link SpreadsheetText} like every other exported spreadsheet.
 */
public final class StatisticsWorkbook {

    public static final String MEDIA_TYPE = Downloads.XLSX;

    private final Locale locale;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle percent;
    private int next;

    private StatisticsWorkbook(Locale locale) {
        this.locale = locale;
        this.sheet = workbook.createSheet(text("statistics.title"));
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    }

    /** The file's name: {@code thong-ke-{unit}-{yyyy-MM-dd}.xlsx}. */
    public static String fileName(MemberCounts counts) {
        return "thong-ke-" + counts.unit() + "-" + counts.asOf() + ".xlsx";
    }

    public static byte[] of(MemberCounts counts, Locale locale) {
        StatisticsWorkbook book = new StatisticsWorkbook(locale);
        book.write(counts);
        return book.bytes();
    }

    private void write(MemberCounts counts) {
        header(text("statistics.title"));
        row(text("statistics.unit"), counts.unit() + " " + counts.name());
        row(text("statistics.asOf"), counts.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        row(text("statistics.persons"), counts.persons());
        row(text("statistics.memberships"), counts.memberships());
        next++;
        header(text("statistics.organisation"), text("statistics.members"), text("statistics.eligible"), text("statistics.ratio"));
        for (MemberCounts.OrganisationCount o : counts.byOrganisation()) {
            row(o.name(), o.members(), o.eligible(), o.ratio());
        }
        next++;
        header(text("member.status"), text("statistics.members"));
        for (Map.Entry<MembershipStatus, Long> s : counts.byStatus().entrySet()) {
            row(text("member.status." + s.getKey().name()), s.getValue());
        }
        if (!counts.children().isEmpty()) {
            next++;
            header(text("common.code"), text("common.name"), text("statistics.persons"), text("statistics.memberships"));
            for (MemberCounts.ChildCount c : counts.children()) {
                row(c.unit(), c.name(), c.persons(), c.memberships());
            }
        }
        // Fixed widths: measuring text (autoSizeColumn) needs the fonts a headless server may lack.
        sheet.setColumnWidth(0, 40 * 256);
        for (int column = 1; column < 4; column++) {
            sheet.setColumnWidth(column, 18 * 256);
        }
    }

    private void header(String... titles) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(SpreadsheetText.neutralise(titles[i]));
            row.getCell(i).setCellStyle(bold);
        }
    }

    private void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof BigDecimal ratio) {
                row.createCell(i).setCellValue(ratio.doubleValue());
                row.getCell(i).setCellStyle(percent);
            } else if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(SpreadsheetText.neutralise(value.toString()));
            }
        }
    }

    private byte[] bytes() {
        try (XSSFWorkbook book = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return Texts.get(locale, key);
    }
}
