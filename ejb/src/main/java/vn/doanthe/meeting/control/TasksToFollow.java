package vn.doanthe.meeting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.meeting.entity.Meeting;

/**
 * The tasks a meeting follows up (kiểm điểm việc của buổi trước): those of the branch's adopted
 * minutes held before it, except those another meeting already found done; each with what this
 * meeting recorded of it, if anything.
 */
@Dependent
public class TasksToFollow {

    private static final String OPEN = """
            SELECT t.meeting_id, m.held_on, t.position, t.text, t.owner, t.due_on, f.done, f.note
              FROM meeting_task t JOIN meeting m ON m.id = t.meeting_id
              LEFT JOIN meeting_follow_up f ON f.meeting_id = ?1 AND f.task_meeting_id = t.meeting_id
                   AND f.task_position = t.position
             WHERE m.org_unit_id = ?2 AND m.adopted_at IS NOT NULL AND m.id <> ?1 AND m.held_on <= ?3
               AND NOT EXISTS (SELECT 1 FROM meeting_follow_up d WHERE d.task_meeting_id = t.meeting_id
                                  AND d.task_position = t.position AND d.done AND d.meeting_id <> ?1)
             ORDER BY m.held_on, t.meeting_id, t.position""";

    /** A task to follow up: its meeting, position and words; {@code done} none while this meeting said nothing of it. */
    public record OpenTask(long meetingId, LocalDate heldOn, int position, String text, String owner, LocalDate dueOn,
                           Boolean done, String note) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    public List<OpenTask> of(Meeting meeting) {
        em.flush();
        List<?> rows = em.createNativeQuery(OPEN).setParameter(1, meeting.getId()).setParameter(2, meeting.getUnit().getId())
                .setParameter(3, Date.valueOf(meeting.getHeldOn())).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new OpenTask(((Number) r[0]).longValue(),
                ((Date) r[1]).toLocalDate(), ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                r[5] == null ? null : ((Date) r[5]).toLocalDate(), r[6] == null ? null : truth(r[6]), (String) r[7]))
                .toList();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
