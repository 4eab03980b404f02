package vn.doanthe.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * The meetings a person was called at, through the person's lifecycle. A merge makes the kept record
 * answer the roll (once, when both were called); anonymisation keeps the roll call, which counts
 * and names no one; a subject-access file lists the meetings and how the person answered.
 */
@PersonRecords(Meeting.class)
@ApplicationScoped
public class AttendanceOfPerson {

    /** The part of a subject-access report that lists the meetings. */
    public static final String MEETINGS = "meetings";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        called(merging.mergedId()).forEach(meeting -> meeting.answeredBy(merging.mergedId(), merging.keptId()));
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        // The roll call names nobody once the person's record is anonymised; the counts stay.
    }

    void collect(@Observes SubjectAccessReport report) {
        long person = report.personId();
        List<Meeting> meetings = called(person);
        report.holds("Meeting", meetings.stream().map(Meeting::getId).toList());
        report.section(MEETINGS, meetings.stream().map(m -> Map.of("meetingId", m.getId(), "branch",
                m.getUnit().getName(), "heldOn", m.getHeldOn().toString(), "state", m.getRoll().stream()
                        .filter(line -> line.getPersonId() == person).findFirst().map(l -> l.getState().name())
                        .orElse(""))).toList());
    }

    private List<Meeting> called(long personId) {
        return em.createQuery("select m from Meeting m join m.roll r where r.personId = :person order by m.heldOn",
                Meeting.class).setParameter("person", personId).getResultList();
    }
}
