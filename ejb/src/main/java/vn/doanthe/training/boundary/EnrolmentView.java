package vn.doanthe.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doanthe.training.entity.Enrolment;

/** An enrolment as the console and the API show it. */
public record EnrolmentView(Long id, Long courseId, String courseTitle, LocalDate courseFrom, LocalDate courseTo,
                            Long personId, String fullName, LocalDate birthDate, boolean outsideTarget,
                            Boolean attended, BigDecimal score, boolean completed, String reflection)
        implements Serializable {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.getId(), e.getCourse().getId(), e.getCourse().getTitle(), e.getCourse().getFrom(),
                e.getCourse().getTo(), e.getPerson().getId(), e.getPerson().getFullName(),
                e.getPerson().getBirthDate(), e.isOutsideTarget(), e.getAttended(), e.getScore(), e.isCompleted(),
                e.getReflection());
    }
}
