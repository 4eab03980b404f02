package vn.doanthe.training.web;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.control.RowWriter;
import vn.doanthe.platform.web.Texts;
import vn.doanthe.training.boundary.CourseView;
import vn.doanthe.training.boundary.EnrolmentView;

/** The course list and a course's trainees as XLSX files, headed in the reader's language. */
public final class CourseSheets {

    public static final String MEDIA_TYPE = Downloads.XLSX;
    public static final String COURSES_FILE = "lop-tap-huan.xlsx";
    private static final List<String> COURSE_HEADINGS = List.of("number", "title", "organiser", "place", "from", "to",
            "mode", "venue", "programme", "plan", "targetPosts", "topics");
    private static final List<String> TRAINEE_HEADINGS = List.of("number", "fullName", "birthDate", "outsideTarget",
            "attended", "score", "completed");

    private CourseSheets() {
    }

    /** {@code hoc-vien-lop-12.xlsx}. */
    public static String traineesFile(Long courseId) {
        return "hoc-vien-lop-" + courseId + ".xlsx";
    }

    public static void courses(List<CourseView> courses, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "training.courses.title"))) {
            rows.row(COURSE_HEADINGS.stream().map(h -> Texts.get(locale, "training.export." + h)).toList());
            int number = 0;
            for (CourseView c : courses) {
                rows.row(Arrays.asList(++number, c.title(), c.organiserName(), c.place(), c.from(), c.to(),
                        Texts.get(locale, "training.mode." + c.mode()), c.venue(), c.programme(), c.planTitle(),
                        c.targetPosts().stream().map(CourseView.TargetPost::name).collect(Collectors.joining(", ")),
                        c.topics().stream().map(t -> t.compulsory() ? t.title()
                                : t.title() + " (" + Texts.get(locale, "training.elective") + ")")
                                .collect(Collectors.joining("; "))));
            }
        }
    }

    public static void trainees(List<EnrolmentView> trainees, Locale locale, OutputStream out) {
        try (RowWriter rows = RowWriter.xlsx(out, Texts.get(locale, "training.trainees"))) {
            rows.row(TRAINEE_HEADINGS.stream().map(h -> Texts.get(locale, "training.export." + h)).toList());
            int number = 0;
            for (EnrolmentView e : trainees) {
                rows.row(Arrays.asList(++number, e.fullName(), e.birthDate(), yes(e.outsideTarget(), locale),
                        e.attended() == null ? null : yes(e.attended(), locale), e.score(), yes(e.completed(), locale)));
            }
        }
    }

    private static String yes(boolean value, Locale locale) {
        return Texts.get(locale, value ? "training.export.yes" : "training.export.no");
    }
}
