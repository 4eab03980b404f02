package vn.doanthe.meeting.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.meeting.boundary.MeetingStats;
import vn.doanthe.meeting.boundary.MeetingYearReport;
import vn.doanthe.meeting.boundary.MissingMeetings;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/**
 * A year's meeting figures as the report a level sends up (báo cáo tình hình sinh hoạt): a row per
 * unit directly below and a total, then the branches that missed periods. Headings in the reader's
 * language; attendance in percent.
 */
public final class MeetingStatsSheet {

    public static final String XLSX = Downloads.XLSX;
    private static final List<String> HEADINGS = List.of("unit", "code", "branches", "expected", "held", "missing",
            "average", "below");

    private MeetingStatsSheet() {
    }

    /** {@code sinh-hoat-2026-29254.xlsx}. */
    public static String fileName(MeetingStats stats, int year) {
        return "sinh-hoat-" + year + "-" + stats.unit() + ".xlsx";
    }

    public static void write(MeetingYearReport report, Locale locale, OutputStream out) {
        MeetingStats stats = report.figures();
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "meeting.sheet.name"))) {
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "meeting.sheet." + h)).toList());
            for (MeetingStats child : stats.children()) {
                rows.row(row(child, child.name()));
            }
            rows.row(row(stats, Texts.get(locale, "meeting.sheet.total", stats.name())));
            rows.row(List.of());
            rows.row(List.of(Texts.get(locale, "meeting.missing.title")));
            rows.row(List.of(Texts.get(locale, "classification.sheet.branch"), Texts.get(locale, "classification.sheet.place"),
                    Texts.get(locale, "meeting.missing.missing"), Texts.get(locale, "classification.sheet.owed"),
                    Texts.get(locale, "meeting.missing.lastHeldOn")));
            for (MissingMeetings branch : report.missing()) {
                rows.row(Arrays.asList(branch.unitName(), branch.place(), branch.missing(), branch.owed(),
                        branch.lastHeldOn()));
            }
        }
    }

    private static List<Object> row(MeetingStats stats, String name) {
        return Arrays.asList(name, stats.unit(), stats.branches(), stats.expected(), stats.held(), stats.missing(),
                percent(stats.averageAttendance()), stats.belowThreshold());
    }

    private static Double percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).doubleValue();
    }
}
