package vn.doanthe.meeting.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.meeting.boundary.SupervisionView;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/**
 * The supervision report of a year as the table a level files (báo cáo cán bộ phụ trách dự sinh
 * hoạt): a row per assignment, those behind first, with the meetings required, attended and still owed.
 */
public final class SupervisionSheet {

    private static final List<String> HEADINGS = List.of("number", "cadre", "unit", "required", "attended", "owed");

    private SupervisionSheet() {
    }

    /** {@code phu-trach-2026-29254.xlsx}; without the unit when the caller's own was meant. */
    public static String fileName(String unit, int year) {
        return "phu-trach-" + year + (unit == null || unit.isBlank() ? "" : "-" + unit.trim()) + ".xlsx";
    }

    public static void write(List<SupervisionView> report, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "meeting.supervision.sheet.name"))) {
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "meeting.supervision.sheet." + h)).toList());
            int number = 0;
            for (SupervisionView line : report) {
                rows.row(Arrays.asList(++number, line.fullName(), line.unitName(), line.required(), line.attended(),
                        Math.max(0, line.required() - line.attended())));
            }
        }
    }
}
