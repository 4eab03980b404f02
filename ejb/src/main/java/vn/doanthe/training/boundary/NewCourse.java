package vn.doanthe.training.boundary;

import java.time.LocalDate;
import java.util.List;
import vn.doanthe.training.entity.CourseMode;

/**
 * A course an organisation unit will run (or ran): for the holders of {@code targetPosts} (post
 * codes; none: for anyone), its topics in the order taught. Checked by {@link Courses}.
 */
public record NewCourse(String title, String organisation, Long organiserUnitId, LocalDate from, LocalDate to,
                        CourseMode mode, String venue, String programme, List<String> targetPosts,
                        List<Topic> topics, Long planId) {

    /** A topic as entered; {@code compulsory} unset is compulsory. */
    public record Topic(String title, Boolean compulsory) {
    }
}
