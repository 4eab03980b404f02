package vn.doanthe.cadre.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.cadre.boundary.AllowanceSheet;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/**
 * A month's allowance sheet as the XLSX file staff file for payment: a numbered row per holder,
 * the rate and the days, the amount in đồng as a number, and the total on the last row. Headings
 * in the reader's language.
 */
public final class AllowanceSheetXlsx {

    public static final String MEDIA_TYPE = Downloads.XLSX;
    private static final List<String> HEADINGS = List.of("number", "fullName", "birthDate", "post", "unit", "hamlet",
            "kind", "coefficient", "rateAmount", "days", "amount");

    private AllowanceSheetXlsx() {
    }

    /** {@code phu-cap-29254-2026-11.xlsx}. */
    public static String fileName(AllowanceSheet sheet) {
        return "phu-cap-" + sheet.unit() + "-" + sheet.month() + ".xlsx";
    }

    public static void write(AllowanceSheet sheet, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, sheet.month())) {
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "cadre.sheet." + h)).toList());
            int number = 0;
            for (AllowanceSheet.Row row : sheet.rows()) {
                rows.row(Arrays.asList(++number, row.fullName(), row.birthDate(), row.postName(), row.orgUnitName(),
                        row.hamlet(), row.kind() == null ? null : Texts.get(locale, "cadre.allowance.kind." + row.kind()),
                        row.coefficient(), row.rateAmount(), row.days(), row.amount()));
            }
            List<Object> total = new ArrayList<>(java.util.Collections.nCopies(HEADINGS.size(), null));
            total.set(1, Texts.get(locale, "cadre.sheet.total"));
            total.set(HEADINGS.size() - 1, sheet.total());
            rows.row(total);
        }
    }
}
