package vn.doanthe.cadre.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.doanthe.cadre.boundary.CadreView;
import vn.doanthe.cadre.boundary.SuccessionItem;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;

/**
 * The cadres list and the succession report as XLSX files, headed in the reader's language: a row
 * per post held (a cadre with two posts has two rows, so each can be filtered and counted), and a
 * row per unit and reason.
 */
public final class CadreSheets {

    public static final String MEDIA_TYPE = Downloads.XLSX;
    public static final String CADRES_FILE = "can-bo.xlsx";
    public static final String SUCCESSION_FILE = "nguon-can-bo-ke-can.xlsx";
    private static final List<String> CADRE_HEADINGS = List.of("number", "fullName", "birthDate", "age", "post",
            "unit", "place", "mode", "from", "termEndsOn");
    private static final List<String> SUCCESSION_HEADINGS = List.of("number", "unit", "place", "reason", "head",
            "headAge", "mode", "termEndsOn", "deputies");

    private CadreSheets() {
    }

    public static void cadres(List<CadreView> cadres, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "cadre.list.title"))) {
            rows.row(CADRE_HEADINGS.stream().map(h -> Texts.get(locale, "cadre.export." + h)).toList());
            int number = 0;
            for (CadreView cadre : cadres) {
                number++;
                for (CadreView.Post post : cadre.posts()) {
                    rows.row(Arrays.asList(number, cadre.fullName(), cadre.birthDate(), cadre.age(), post.postName(),
                            post.orgUnitName(), post.place(), Texts.get(locale, "cadre.mode." + post.mode()),
                            post.from(), post.termEndsOn()));
                }
            }
        }
    }

    public static void succession(List<SuccessionItem> items, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "cadre.succession.title"))) {
            rows.row(SUCCESSION_HEADINGS.stream().map(h -> Texts.get(locale, "cadre.export." + h)).toList());
            int number = 0;
            for (SuccessionItem item : items) {
                SuccessionItem.Holder head = item.head();
                rows.row(Arrays.asList(++number, item.orgUnitName(), item.place(),
                        Texts.get(locale, "cadre.succession.reason." + item.reason()),
                        head == null ? null : head.fullName(), head == null ? null : head.age(),
                        head == null ? null : Texts.get(locale, "cadre.mode." + head.mode()),
                        head == null ? null : head.termEndsOn(),
                        item.deputies().stream().map(d -> d.fullName() + " (" + d.age() + ")")
                                .collect(Collectors.joining(", "))));
            }
        }
    }
}
