package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.meeting.control.AskedOrganisation;
import vn.doanthe.meeting.control.AskedPlace;
import vn.doanthe.meeting.control.MeetingTallies;
import vn.doanthe.meeting.control.MeetingTallies.BranchYear;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * How the branches under a unit kept their meeting schedule in a year (tình hình sinh hoạt): the
 * meetings their cadence asked for, held and missing, the mean attendance, and the branches below
 * their minimum — for the unit and each unit directly below it.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MeetingStatistics {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    AskedPlace places;

    @Inject
    AskedOrganisation organisations;

    @Inject
    AdminUnits adminUnits;

    @Inject
    MeetingTallies tallies;

    /**
     * Under {@code unit} (a territorial code; the caller's own unit when none), of one organisation
     * (its code) or of all those the caller serves, for {@code year} (this year when none).
     */
    public MeetingStats of(String unit, String organisation, Integer year) {
        Asked asked = asked(unit, organisation, year);
        return figures(asked, branches(asked));
    }

    /**
     * The branches under {@code unit} that missed a period of their cadence in the year (flagged to
     * the unit above them), most missed first, each with the day it last met.
     */
    public List<MissingMeetings> missing(String unit, String organisation, Integer year) {
        return missing(branches(asked(unit, organisation, year)));
    }

    /** The figures and the branches that missed a period, from one reading of the branches' year. */
    public MeetingYearReport report(String unit, String organisation, Integer year) {
        Asked asked = asked(unit, organisation, year);
        List<BranchYear> branches = branches(asked);
        return new MeetingYearReport(figures(asked, branches), missing(branches));
    }

    private List<BranchYear> branches(Asked asked) {
        return tallies.year(asked.place(), asked.scope(), asked.organisationId(), asked.year(), asked.today());
    }

    private MeetingStats figures(Asked asked, List<BranchYear> branches) {
        Map<String, List<BranchYear>> byChild = branches.stream().collect(Collectors.groupingBy(BranchYear::child));
        List<MeetingStats> children = adminUnits.children(asked.place().getId(), asked.today()).stream()
                .map(child -> MeetingStats.of(child.code(), child.name(),
                        byChild.getOrDefault(child.id().toString(), List.of()), List.of()))
                .toList();
        return MeetingStats.of(asked.place().getCode(), asked.place().getName(), branches, children);
    }

    private List<MissingMeetings> missing(List<BranchYear> branches) {
        Map<Long, BranchYear> behind = branches.stream().filter(b -> b.owed() > b.kept())
                .collect(Collectors.toMap(BranchYear::unitId, b -> b));
        if (behind.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> last = em.createQuery("""
                        select m.unit.id, max(m.heldOn) from Meeting m where m.unit.id in :units group by m.unit.id""",
                        Object[].class).setParameter("units", List.copyOf(behind.keySet())).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1]));
        return em.createQuery("""
                        select u from OrgUnit u join fetch u.adminUnit a left join fetch a.parent where u.id in :units""",
                        OrgUnit.class).setParameter("units", List.copyOf(behind.keySet())).getResultStream()
                .map(u -> MissingMeetings.of(u.getId(), u.getName(), u.getAdminUnit().described(),
                        behind.get(u.getId()).owed(), behind.get(u.getId()).kept(), last.get(u.getId())))
                .sorted(MissingMeetings.MOST_MISSED).toList();
    }

    private record Asked(Scope scope, AdminUnit place, Long organisationId, int year, LocalDate today) {
    }

    private Asked asked(String unit, String organisation, Integer year) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        AdminUnit place = places.of(scope, unit, today);
        Organisation only = organisations.of(organisation);
        int shown = year == null ? today.getYear() : year;
        if (shown < 1990 || shown > today.getYear() + 1) {
            throw new InvalidInput("year", "validation.between", 1990, today.getYear() + 1);
        }
        return new Asked(scope, place, only == null ? null : only.getId(), shown, today);
    }
}
