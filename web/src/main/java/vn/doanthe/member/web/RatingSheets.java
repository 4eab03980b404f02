package vn.doanthe.member.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.doanthe.member.boundary.OutstandingMember;
import vn.doanthe.member.boundary.RatingSummary;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/** A year's member ratings as an XLSX file: the count of each level, then the outstanding members. */
public final class RatingSheets {

    public static final String MEDIA_TYPE = Downloads.XLSX;
    private static final List<String> HEADINGS = List.of("number", "fullName", "birthDate", "branch", "comment");

    private RatingSheets() {
    }

    /** {@code xep-loai-doan-vien-2026.xlsx}. */
    public static String file(int year) {
        return "xep-loai-doan-vien-" + year + ".xlsx";
    }

    public static void outstanding(RatingSummary summary, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "member.rating.title"))) {
            for (RatingLevel level : RatingLevel.values()) {
                rows.row(Arrays.asList(Texts.get(locale, "rating.level." + level), summary.levels().get(level)));
            }
            rows.row(Arrays.asList(Texts.get(locale, "member.rating.rated"), summary.rated()));
            rows.row(List.of());
            rows.row(List.of(Texts.get(locale, "member.rating.outstanding")));
            rows.row(HEADINGS.stream().map(h -> Texts.get(locale, "member.rating.export." + h)).toList());
            int number = 0;
            for (OutstandingMember m : summary.items()) {
                rows.row(Arrays.asList(++number, m.fullName(), m.birthDate(), m.orgUnitName(), m.comment()));
            }
        }
    }
}
