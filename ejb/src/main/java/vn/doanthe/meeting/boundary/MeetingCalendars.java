package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.meeting.control.MeetingFinder;
import vn.doanthe.meeting.control.MeetingSchedule;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.MeetingRule;
import vn.doanthe.meeting.entity.MeetingType;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;

/**
 * Each branch's calendar of expected meetings (lịch sinh hoạt): the periods of its cadence in a
 * year and how each stands, so that a missing meeting shows to the branch on its own page and to
 * the unit above in its figures.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MeetingCalendars {

    private static final List<MeetingType> KEEPING = List.of(MeetingType.REGULAR, MeetingType.THEMATIC);

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /** The branch's year (this year when none); a unit whose type has no meeting rule is refused naming {@code orgUnitId}. */
    public MeetingCalendar of(Long orgUnitId, Integer year) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        OrgUnit unit = orgUnitId == null ? null : em.find(OrgUnit.class, orgUnitId);
        if (unit == null) {
            throw new InvalidInput("orgUnitId", orgUnitId == null ? "validation.required" : "organisation.error.unitNotFound");
        }
        scope.require(scope.covers(unit), "OrgUnit", orgUnitId,
                () -> new InvalidInput("orgUnitId", "organisation.error.unitNotFound"));
        int shown = year == null ? today.getYear() : year;
        if (shown < 2000 || shown > today.getYear() + 1) {
            throw new InvalidInput("year", "validation.between", 2000, today.getYear() + 1);
        }
        MeetingRule rule = em.createQuery("select r from MeetingRule r where r.unitType = :type", MeetingRule.class)
                .setParameter("type", unit.getType()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput("orgUnitId", "meeting.error.noSchedule", unit.getName()));
        List<Meeting> held = em.createQuery("""
                        select m from Meeting m where m.unit = :unit and m.heldOn between :from and :to
                        order by m.heldOn, m.id""", Meeting.class).setParameter("unit", unit)
                .setParameter("from", LocalDate.of(shown, 1, 1)).setParameter("to", LocalDate.of(shown, 12, 31))
                .setHint(MeetingFinder.BATCH, "m.agenda").setHint(MeetingFinder.BATCH, "m.campaignSessionIds")
                .setHint(MeetingFinder.BATCH_TYPE, "IN").getResultList();
        List<MeetingCalendar.Period> periods = new ArrayList<>();
        int owed = 0;
        int kept = 0;
        for (MeetingSchedule.Period p : MeetingSchedule.ofYear(shown, rule.getCadence(), unit.getEstablishedOn(),
                unit.getClosedOn())) {
            List<MeetingCalendar.Held> in = held.stream().filter(m -> p.holds(m.getHeldOn().getMonthValue()))
                    .map(m -> new MeetingCalendar.Held(m.getId(), m.getHeldOn(), m.getType())).toList();
            boolean keeps = in.stream().anyMatch(m -> KEEPING.contains(m.type()));
            boolean ended = p.to().isBefore(today);
            MeetingCalendar.State state = keeps ? MeetingCalendar.State.HELD : ended ? MeetingCalendar.State.MISSING
                    : p.from().isAfter(today) ? MeetingCalendar.State.UPCOMING : MeetingCalendar.State.OPEN;
            owed += ended ? 1 : 0;
            kept += ended && keeps ? 1 : 0;
            LocalDate fixedOn = rule.getFixedDay() == null ? null : p.from().withDayOfMonth(rule.getFixedDay());
            periods.add(new MeetingCalendar.Period(p.firstMonth(), p.lastMonth(), p.from(), p.to(), fixedOn, state, in));
        }
        return new MeetingCalendar(unit.getId(), unit.getName(), unit.getAdminUnit().described(), shown,
                rule.getCadence(), rule.getFixedDay(), owed, kept, periods);
    }
}
