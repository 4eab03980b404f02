package vn.doanthe.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.training.entity.CourseMode;
import vn.doanthe.training.entity.Enrolment;

/**
 * What a training certificate (giấy chứng nhận) says: who completed which course, run by whom, where
 * and when, its topics and the score. {@code number} is the enrolment's, so a printed certificate
 * leads back to its record; {@code place} is where the organiser stands, for the place and date line.
 */
public record CertificateView(Long number, String fullName, LocalDate birthDate, String courseTitle, String organiser,
                              String place, LocalDate from, LocalDate to, CourseMode mode, String venue,
                              String programme, List<CourseView.Topic> topics, BigDecimal score)
        implements Serializable {

    static CertificateView of(Enrolment e) {
        CourseView course = CourseView.of(e.getCourse());
        return new CertificateView(e.getId(), e.getPerson().getFullName(), e.getPerson().getBirthDate(), course.title(),
                course.organiserName(), e.getCourse().getOrganiser().getAdminUnit().getName(), course.from(), course.to(),
                course.mode(), course.venue(), course.programme(), course.topics(), e.getScore());
    }
}
