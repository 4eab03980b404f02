package vn.doanthe.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.RecordNotFound;

/**
 * The meetings' scope policy, in one place: a meeting is in the caller's scope when its branch is;
 * one outside is refused as missing, the attempt logged.
 */
@Dependent
public class MeetingFinder {

    /**
     * EclipseLink's hints that read a list of meetings' eager collections (agenda, sessions held) in
     * one statement each, instead of two statements a meeting.
     */
    public static final String BATCH = "eclipselink.batch";
    public static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext
    EntityManager em;

    public Meeting seen(Scope scope, Long id) {
        Meeting meeting = id == null ? null : em.find(Meeting.class, id);
        if (meeting == null) {
            throw new RecordNotFound("id", "meeting.error.notFound", id);
        }
        scope.require(scope.covers(meeting.getUnit()), "Meeting", id,
                () -> new RecordNotFound("id", "meeting.error.notFound", id));
        return meeting;
    }
}
