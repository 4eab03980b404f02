package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.organisation.boundary.UnitClosing;
import vn.doanthe.platform.boundary.Conflict;

/**
 * A unit with members still counted in it cannot be closed: they would be counted in a unit that no
 * longer exists, and nothing could be recorded about them there. They are transferred or recorded
 * as having left first.
 */
@Dependent
public class MembersOfClosingUnit {

    @PersistenceContext
    EntityManager em;

    void refuseWhileCounted(@Observes UnitClosing closing) {
        // A locking read: it sees a membership committed by an enrolment that held the unit's lock
        // just before, which the transaction's snapshot would not.
        Number counted = (Number) em.createNativeQuery("""
                        SELECT COUNT(*) FROM membership
                         WHERE org_unit_id = ? AND status NOT IN ('LEFT', 'DECEASED') LOCK IN SHARE MODE""")
                .setParameter(1, closing.unitId()).getSingleResult();
        if (counted.longValue() > 0) {
            throw new Conflict(null, "organisation.error.hasMembers", closing.unitName(), counted.longValue());
        }
    }
}
