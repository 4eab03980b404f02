package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import vn.doanthe.meeting.entity.MeetingRule;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.mutation.Mutation;

/**
 * How often each type of unit meets, and the share of members a meeting needs (quy định sinh hoạt):
 * read by everyone, changed by an administrator of the whole installation, because a rule holds
 * for every unit of its type.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MeetingRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /** The rules of one organisation (its code), or of all when none is given, in the organisations' order. */
    public List<MeetingRuleView> of(String organisation) {
        String code = organisation == null || organisation.isBlank() ? null : organisation.trim();
        if (code != null && em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new InvalidInput("organisation", "organisation.error.notFound", code);
        }
        return em.createQuery("""
                        select r from MeetingRule r join fetch r.unitType t join fetch t.organisation o
                        where :code is null or o.code = :code order by o.sortOrder, t.rank, t.code""", MeetingRule.class)
                .setParameter("code", code).getResultStream().map(MeetingRuleView::of).toList();
    }

    /** Every mistake at once: a cadence missing, a day outside 1–28, a share outside 0–1. */
    @Mutation(allowed = Role.ADMIN)
    public MeetingRuleView change(@NotNull Long id, @NotNull RuleChange change) {
        if (!scopes.current().isEverything()) {
            throw new AccessDenied("meeting.error.ruleScope");
        }
        MeetingRule rule = em.find(MeetingRule.class, id);
        if (rule == null) {
            throw new RecordNotFound("id", "meeting.error.ruleNotFound", id);
        }
        if (change.version() != null && change.version() != rule.getVersion()) {
            throw new Conflict(null, "error.conflict.stale");
        }
        Refusals refusals = new Refusals();
        refusals.required("cadence", change.cadence());
        if (change.fixedDay() != null && (change.fixedDay() < 1 || change.fixedDay() > 28)) {
            refusals.refuse("fixedDay", "validation.between", 1, 28);
        }
        BigDecimal share = refusals.required("minAttendance", change.minAttendance());
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 4)) {
            refusals.refuse("minAttendance", "meeting.error.share");
        }
        refusals.throwIfAny();
        rule.change(change.cadence(), change.fixedDay(), share);
        return MeetingRuleView.of(rule);
    }
}
