package vn.doanthe.meeting.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.meeting.boundary.ClassificationList;
import vn.doanthe.meeting.boundary.ClassificationView;
import vn.doanthe.meeting.boundary.GradingView;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/**
 * The branches' classification of a year as the table a commune files (bảng tổng hợp xếp loại chi
 * hội): a row per branch with its place, the periods owed and met in, the mean attendance and dues
 * in percent, the grade suggested and each step's grade. Headings and grades in the reader's language.
 */
public final class ClassificationSheet {

    public static final String XLSX = Downloads.XLSX;
    private static final List<String> HEADINGS = List.of("number", "branch", "place", "owed", "kept", "attendance",
            "dues", "suggested", "self", "appraised", "decided", "decidedBy");

    private ClassificationSheet() {
    }

    /** {@code xep-loai-chi-hoi-2026-29254.xlsx}. */
    public static String fileName(ClassificationList list) {
        return "xep-loai-chi-hoi-" + list.year() + "-" + list.unit() + ".xlsx";
    }

    public static void write(ClassificationList list, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "classification.sheet.name"))) {
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "classification.sheet." + h)).toList());
            int number = 0;
            for (ClassificationView row : list.items()) {
                rows.row(Arrays.asList(++number, row.unitName(), row.place(), row.owed(), row.kept(),
                        percent(row.attendance()), percent(row.dues()), grade(locale, row.suggested()),
                        grade(locale, row.self()), grade(locale, row.appraised()), grade(locale, row.decided()),
                        row.decided() == null ? null : row.decided().by()));
            }
        }
    }

    private static Double percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).doubleValue();
    }

    private static String grade(Locale locale, GradingView step) {
        return step == null ? null : grade(locale, step.grade());
    }

    private static String grade(Locale locale, Enum<?> grade) {
        return grade == null ? null : Texts.get(locale, "classification.grade." + grade.name());
    }
}
