package vn.doanthe.training.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.training.entity.Course;
import vn.doanthe.training.entity.CourseMode;

/** A course as the console and the API show it, the organiser named with its place. */
public record CourseView(Long id, String title, String organisation, Long organiserUnitId, String organiserName,
                         String place, LocalDate from, LocalDate to, CourseMode mode, String venue, String programme,
                         Long planId, String planTitle, List<TargetPost> targetPosts, List<Topic> topics)
        implements Serializable {

    public record TargetPost(String code, String name) implements Serializable {
    }

    public record Topic(String title, boolean compulsory) implements Serializable {
    }

    public static CourseView of(Course c) {
        return new CourseView(c.getId(), c.getTitle(), c.getOrganiser().getOrganisation().getCode(),
                c.getOrganiser().getId(), c.getOrganiser().getName(), c.getOrganiser().getAdminUnit().described(),
                c.getFrom(), c.getTo(), c.getMode(), c.getVenue(), c.getProgramme(),
                c.getPlan() == null ? null : c.getPlan().getId(), c.getPlan() == null ? null : c.getPlan().getTitle(),
                c.getTargetPosts().stream().sorted(Comparator.comparing(PostType::getRank).thenComparing(PostType::getName))
                        .map(p -> new TargetPost(p.getCode(), p.getName())).toList(),
                c.getTopics().stream().map(t -> new Topic(t.getTitle(), t.isCompulsory())).toList());
    }
}
