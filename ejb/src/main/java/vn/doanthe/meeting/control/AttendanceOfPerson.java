package vn.doanthe.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.Supervision;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * The meetings a person was called at or supervised, and the person's supervision assignments,
 * through the person's lifecycle. A merge makes the kept record answer the roll and supervise (once,
 * when both were there) and carry the assignments (one of the same unit and year is kept once);
 * anonymisation keeps them, as they count and name no one; a subject-access file lists them.
 */
@PersonRecords({Meeting.class, Supervision.class})
@ApplicationScoped
public class AttendanceOfPerson {

    /** The part of a subject-access report that lists the meetings. */
    public static final String MEETINGS = "meetings";

    /** The part of a subject-access report that lists the supervision assignments. */
    public static final String SUPERVISIONS = "supervisions";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        called(merging.mergedId()).forEach(meeting -> meeting.answeredBy(merging.mergedId(), merging.keptId()));
        Person kept = em.find(Person.class, merging.keptId());
        List<Supervision> keptOnes = assigned(merging.keptId());
        for (Supervision supervision : assigned(merging.mergedId())) {
            boolean twice = keptOnes.stream().anyMatch(k -> k.getUnit().equals(supervision.getUnit())
                    && k.getYear() == supervision.getYear());
            if (twice) {
                em.remove(supervision);
            } else {
                supervision.heldBy(kept);
            }
        }
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        // The roll call names nobody once the person's record is anonymised; the counts stay.
    }

    void collect(@Observes SubjectAccessReport report) {
        long person = report.personId();
        List<Meeting> meetings = called(person);
        report.holds("Meeting", meetings.stream().map(Meeting::getId).toList());
        List<Supervision> supervisions = assigned(person);
        report.holds("Supervision", supervisions.stream().map(Supervision::getId).toList());
        report.section(SUPERVISIONS, supervisions.stream().map(s -> Map.of("unit", s.getUnit().getName(),
                "year", s.getYear(), "required", s.getRequired())).toList());
        report.section(MEETINGS, meetings.stream().map(m -> Map.of("meetingId", m.getId(), "branch",
                m.getUnit().getName(), "heldOn", m.getHeldOn().toString(), "state", m.getRoll().stream()
                        .filter(line -> line.getPersonId() == person).findFirst().map(l -> l.getState().name())
                        .orElse(""))).toList());
    }

    private List<Meeting> called(long personId) {
        return em.createQuery("""
                        select distinct m from Meeting m left join m.roll r left join m.supervisors s
                        where r.personId = :person or s.personId = :person order by m.heldOn""", Meeting.class)
                .setParameter("person", personId).getResultList();
    }

    private List<Supervision> assigned(long personId) {
        return em.createQuery("select s from Supervision s where s.person.id = :person order by s.year, s.id",
                Supervision.class).setParameter("person", personId).getResultList();
    }
}
