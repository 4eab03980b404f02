package vn.doanthe.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import vn.doanthe.directive.entity.CampaignSession;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * The campaign sessions a person attended, through the person's lifecycle. A merge makes the kept
 * record the attendee (once, when both records were marked present); anonymisation keeps the
 * attendance, which is a count and names no one; a subject-access file lists the sessions.
 */
@PersonRecords(CampaignSession.class)
@ApplicationScoped
public class SessionsOfPerson {

    /** The part of a subject-access report that lists the sessions attended. */
    public static final String SESSIONS = "campaignSessions";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        Person kept = em.find(Person.class, merging.keptId());
        Person merged = em.find(Person.class, merging.mergedId());
        attended(merging.mergedId()).forEach(session -> session.attendedBy(merged, kept));
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        // Attendance names nobody once the person's record is anonymised; the counts stay.
    }

    void collect(@Observes SubjectAccessReport report) {
        List<CampaignSession> sessions = attended(report.personId());
        report.holds("CampaignSession", sessions.stream().map(CampaignSession::getId).toList());
        report.section(SESSIONS, sessions.stream().map(s -> Map.of("campaignId", s.getCampaign().getId(),
                "document", s.getCampaign().getDirective().getSymbol(), "branch", s.getTarget().getUnit().getName(),
                "heldOn", s.getHeldOn().toString())).toList());
    }

    private List<CampaignSession> attended(long personId) {
        return em.createQuery("select s from CampaignSession s join s.attendees p where p.id = :person order by s.heldOn",
                CampaignSession.class).setParameter("person", personId).getResultList();
    }
}
