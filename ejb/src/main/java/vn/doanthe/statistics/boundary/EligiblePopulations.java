package vn.doanthe.statistics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.statistics.entity.EligiblePopulation;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The eligible population (đối tượng kết nạp) per territorial unit, year and organisation, and the
 * membership ratios it gives: members on a day over the figure of that day's year.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class EligiblePopulations {

    static final int FIRST_YEAR = 1950;

    /**
     * The largest figure one unit may have: 100 million, about the population of all Viet Nam and
     * seven times that of its largest province (Ho Chi Minh City, some 14 million since the 2025
     * merger), while a figure counts only the people of one unit who are of an organisation's age.
     * A larger one is a typing mistake; under this bound no sum of figures comes near the range of
     * a long.
     */
    public static final long MAX_ELIGIBLE = 100_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Scopes scopes;

    /** Sets (or corrects) the figure of a unit, year and organisation. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public EligibleFigure set(String unitCode, Integer year, String organisationCode, Long eligible) {
        if (year == null) {
            throw new InvalidInput("year", "validation.required");
        }
        if (year < FIRST_YEAR || year > VietnamTime.today().getYear() + 1) {
            throw new InvalidInput("year", "statistics.error.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(VietnamTime.today().getYear() + 1));
        }
        if (eligible == null) {
            throw new InvalidInput("eligible", "validation.required");
        }
        if (eligible < 0) {
            throw new InvalidInput("eligible", "statistics.error.eligibleNegative");
        }
        if (eligible > MAX_ELIGIBLE) {
            throw new InvalidInput("eligible", "statistics.error.eligibleTooLarge", MAX_ELIGIBLE);
        }
        AdminUnit unit = unit(unitCode, year, "unitCode");
        Organisation organisation = organisation(organisationCode);
        EligiblePopulation figure = em.createNamedQuery("EligiblePopulation.find", EligiblePopulation.class)
                .setParameter("unit", unit.getId()).setParameter("year", year)
                .setParameter("organisation", organisation.getId()).getResultStream().findFirst().orElse(null);
        if (figure == null) {
            figure = new EligiblePopulation(unit, year, organisation, eligible);
            em.persist(figure);
        } else {
            figure.correct(eligible);
        }
        return EligibleFigure.of(figure);
    }

    /** The figures entered for a unit, of one year or (when {@code year} is null) of every year. */
    public List<EligibleFigure> figures(String unitCode, Integer year) {
        AdminUnit unit = unit(unitCode, year == null ? VietnamTime.today().getYear() : year, "unit");
        Scope scope = scopes.current();
        return em.createNamedQuery("EligiblePopulation.ofUnit", EligiblePopulation.class)
                .setParameter("unit", unit.getId()).getResultStream()
                .filter(e -> scope.coversOrganisation(e.getOrganisation().getId()))
                .filter(e -> year == null || e.getYear() == year).map(EligibleFigure::of).toList();
    }

    /**
     * The counts with each organisation's eligible population of the counts' year and the ratio of
     * members to it (4 decimals). A unit without its own figure takes the sum of its children's
     * when every child has one; otherwise the figure, and the ratio, stay empty. So they do when the
     * sum would pass the range of a long, which only figures stored before {@link #MAX_ELIGIBLE}
     * can make it do: an empty figure, not one wrapped round to a negative.
     */
    public MemberCounts withRatios(MemberCounts counts) {
        LocalDate today = VietnamTime.today();
        AdminUnitView unit = adminUnits.findCurrentOrOn(counts.unit(), counts.asOf());
        List<Long> children = adminUnits.children(unit.id(), unit.isCurrent() ? today : counts.asOf()).stream()
                .map(AdminUnitView::id).toList();
        Map<String, Long> own = new HashMap<>();
        Map<String, Long> childSum = new HashMap<>();
        Map<String, Set<Long>> childrenWithFigure = new HashMap<>();
        Set<String> overflowing = new HashSet<>();
        List<Long> units = new ArrayList<>(children);
        units.add(unit.id());
        for (EligiblePopulation e : em.createNamedQuery("EligiblePopulation.ofUnits", EligiblePopulation.class)
                .setParameter("units", units).setParameter("year", counts.asOf().getYear()).getResultList()) {
            String organisation = e.getOrganisation().getCode();
            if (e.getUnit().getId().equals(unit.id())) {
                own.put(organisation, e.getEligible());
            } else {
                try {
                    childSum.merge(organisation, e.getEligible(), Math::addExact);
                } catch (ArithmeticException overflow) {
                    overflowing.add(organisation);
                }
                childrenWithFigure.computeIfAbsent(organisation, o -> new HashSet<>()).add(e.getUnit().getId());
            }
        }
        List<MemberCounts.OrganisationCount> byOrganisation = counts.byOrganisation().stream().map(o -> {
            Long eligible = own.get(o.organisation());
            if (eligible == null && !children.isEmpty() && !overflowing.contains(o.organisation())
                    && childrenWithFigure.getOrDefault(o.organisation(), Set.of()).size() == children.size()) {
                eligible = childSum.get(o.organisation());
            }
            return new MemberCounts.OrganisationCount(o.organisation(), o.name(), o.members(), eligible,
                    ratio(o.members(), eligible));
        }).collect(Collectors.toList());
        return new MemberCounts(counts.unit(), counts.name(), counts.asOf(), counts.persons(), counts.memberships(),
                byOrganisation, counts.byStatus(), counts.children());
    }

    static BigDecimal ratio(long members, Long eligible) {
        if (eligible == null || eligible == 0) {
            return null;
        }
        return BigDecimal.valueOf(members).divide(BigDecimal.valueOf(eligible), 4, RoundingMode.HALF_UP);
    }

    /** The unit in force today with this code, or the one that had it at the start of {@code year}. */
    private AdminUnit unit(String code, int year, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        AdminUnit unit;
        try {
            unit = em.find(AdminUnit.class, adminUnits.findCurrentOrOn(code.trim(), LocalDate.of(year, 1, 1)).id());
        } catch (RecordNotFound e) {
            throw new InvalidInput(field, "territory.error.notFound", code);
        }
        Scope scope = scopes.current();
        scope.require(scope.coversPlace(unit), "AdminUnit", code,
                () -> new InvalidInput(field, "territory.error.notFound", code));
        return unit;
    }

    private Organisation organisation(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("organisationCode", "validation.required");
        }
        Scope scope = scopes.current();
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code.trim())
                .getResultStream().filter(o -> scope.coversOrganisation(o.getId())).findFirst()
                .orElseThrow(() -> new InvalidInput("organisationCode", "organisation.error.notFound", code));
    }
}
