package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.meeting.control.AskedPlace;
import vn.doanthe.meeting.control.MeetingTallies;
import vn.doanthe.meeting.control.MeetingTallies.BranchYear;
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
    AskedPlace asked;


    @Inject
    AdminUnits adminUnits;

    @Inject
    MeetingTallies tallies;

    /**
     * Under {@code unit} (a territorial code; the caller's own unit when none), of one organisation
     * (its code) or of all those the caller serves, for {@code year} (this year when none).
     */
    public MeetingStats of(String unit, String organisation, Integer year) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        AdminUnit place = asked.of(scope, unit, today);
        Long organisationId = organisation(organisation);
        int shown = year == null ? today.getYear() : year;
        if (shown < 1990 || shown > today.getYear() + 1) {
            throw new InvalidInput("year", "validation.between", 1990, today.getYear() + 1);
        }
        List<BranchYear> branches = tallies.year(place, scope, organisationId, shown, today);
        Map<String, List<BranchYear>> byChild = branches.stream().collect(Collectors.groupingBy(BranchYear::child));
        List<MeetingStats> children = adminUnits.children(place.getId(), today).stream()
                .map(child -> MeetingStats.of(child.code(), child.name(),
                        byChild.getOrDefault(child.id().toString(), List.of()), List.of()))
                .toList();
        return MeetingStats.of(place.getCode(), place.getName(), branches, children);
    }

    private Long organisation(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code.trim())
                .getResultStream().findFirst().map(Organisation::getId)
                .orElseThrow(() -> new InvalidInput("organisation", "organisation.error.notFound", code));
    }
}
