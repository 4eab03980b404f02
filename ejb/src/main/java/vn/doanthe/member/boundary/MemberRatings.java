package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.doanthe.member.control.YouthUnionTenure;
import vn.doanthe.member.entity.MemberRating;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.organisation.boundary.UnitInScope;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.platform.mutation.Mutation;

/**
 * The yearly rating of Youth Union members (đánh giá, xếp loại đoàn viên). Each branch records, for
 * each member it had during the year, the member's self-assessment and its own comment; the branch
 * the member belongs to at the year's end (or today, in the current year) then decides one of four
 * levels, for a member who had belonged six months without a break. A member transferred during
 * the year brings the previous branch's record along, shown beside the form. The members decided
 * "completed with excellence" make the list of outstanding members of each unit.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MemberRatings {

    /** The organisation whose members are rated this way: Đoàn TNCS Hồ Chí Minh. */
    public static final String YOUTH_UNION = "DTN";

    /** Ratings are kept from the year the registry's oldest records start. */
    private static final int FIRST_YEAR = 1990;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PersonScope personScope;

    @Inject
    UnitInScope unitInScope;

    @Inject
    ChangeRecorder auditTrail;

    @Inject
    Callers callers;

    /** The roll of a branch for a year: everyone who belonged to it that year, current members first. */
    public List<BranchMember> roll(Long unitId, Integer year) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        Integer rated = refusals.check(() -> year(year));
        OrgUnit unit = refusals.check(() -> youthUnionUnit(scope, "unit", unitId));
        refusals.throwIfAny();
        LocalDate last = dayOfDecision(rated);
        Map<Long, List<MembershipPeriod>> periods = periodsOfMembersBetween(unit, LocalDate.of(rated, 1, 1), last);
        List<Long> persons = periods.values().stream().map(p -> p.get(0).getMembership().getPerson().getId()).toList();
        Map<Long, List<MemberRating>> recorded = persons.isEmpty() ? Map.of()
                : em.createNamedQuery("MemberRating.ofPersonsInYear", MemberRating.class)
                .setParameter("persons", persons).setParameter("year", rated).getResultStream()
                .collect(Collectors.groupingBy(r -> r.getPerson().getId()));
        List<BranchMember> roll = new ArrayList<>();
        for (List<MembershipPeriod> history : periods.values()) {
            Person person = history.get(0).getMembership().getPerson();
            YouthUnionTenure tenure = YouthUnionTenure.on(history, last);
            boolean current = tenure.isMember() && tenure.unit().getId().equals(unit.getId());
            List<MemberRating> rows = recorded.getOrDefault(person.getId(), List.of());
            MemberRatingView own = rows.stream().filter(r -> r.getUnit().getId().equals(unit.getId()))
                    .map(MemberRatingView::of).findFirst().orElse(null);
            List<MemberRatingView> earlier = rows.stream().filter(r -> !r.getUnit().getId().equals(unit.getId()))
                    .map(MemberRatingView::of).toList();
            roll.add(new BranchMember(person.getId(), person.getFullName(), person.getBirthDate(), current,
                    tenure.inOrganisationSince(), current ? tenure.inBranchSince() : null,
                    current && tenure.longEnough(last), own, earlier));
        }
        roll.sort(Comparator.comparing((BranchMember m) -> !m.current()));
        return roll;
    }

    /**
     * Records a branch's form for one member and year; a level is decided only by the member's
     * branch at the year's end, after the self-assessment, for a member of six months or more.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MemberRatingView record(Long personId, Integer year, @NotNull RatingEntry entry) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        Integer rated = refusals.check(() -> year(year));
        OrgUnit unit = refusals.check(() -> unitInScope.open(scope, "orgUnitId", entry.orgUnitId(), YOUTH_UNION));
        String selfComment = refusals.check(() -> TextCheck.paragraphs("selfComment", entry.selfComment(), 1000));
        String comment = refusals.check(() -> TextCheck.paragraphs("comment", entry.comment(), 1000));
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (person == null) {
            throw new RecordNotFound("personId", "member.error.personNotFound", personId);
        }
        Membership membership = rated == null || unit == null ? null : youthUnionMembership(person);
        List<MembershipPeriod> history = membership == null ? List.of() : history(membership);
        LocalDate last = rated == null ? null : dayOfDecision(rated);
        boolean wasHere = unit != null && last != null && history.stream().anyMatch(
                p -> YouthUnionTenure.inBranchBetween(p, unit, LocalDate.of(rated, 1, 1), last));
        scope.require(wasHere || personScope.covers(scope, personId), "Person", personId,
                () -> new RecordNotFound("personId", "member.error.personNotFound", personId));
        if (unit != null && rated != null && !wasHere) {
            refusals.refuse("orgUnitId", "member.rating.notInBranch", person.getFullName(), unit.getName(), String.valueOf(rated));
        }
        refusals.throwIfAny();
        MemberRating row = em.createQuery("select r from MemberRating r where r.person = :person and r.year = :year"
                        + " and r.unit = :unit", MemberRating.class).setParameter("person", person)
                .setParameter("year", rated).setParameter("unit", unit).getResultStream().findFirst().orElse(null);
        if (row != null && entry.version() != null && entry.version() != row.getVersion()) {
            throw new Conflict(null, "error.conflict.stale");
        }
        if (entry.level() != null) {
            YouthUnionTenure tenure = YouthUnionTenure.on(history, last);
            RatingLevel selfLevel = entry.selfLevel() != null ? entry.selfLevel() : row == null ? null : row.getSelfLevel();
            if (selfLevel == null) {
                refusals.refuse("level", "member.rating.selfFirst");
            } else if (!tenure.isMember() || !tenure.unit().getId().equals(unit.getId())) {
                refusals.refuse("level", "member.rating.notMemberAtYearEnd", person.getFullName(), unit.getName(), last);
            } else if (!tenure.longEnough(last)) {
                refusals.refuse("level", "member.rating.tooShort", tenure.inOrganisationSince(), last,
                        YouthUnionTenure.MONTHS_TO_BE_RATED);
            }
            refusals.throwIfAny();
            em.lock(membership, LockModeType.PESSIMISTIC_WRITE); // two branches deciding at once are served in turn
            decidedElsewhere(person, rated, unit).ifPresent(other -> {
                throw new Conflict("level", "member.rating.decidedElsewhere", other.getUnit().getName(), String.valueOf(rated));
            });
        }
        if (row == null) {
            row = new MemberRating(person, unit, rated);
            em.persist(row);
        }
        row.assess(entry.selfLevel(), blankAsNull(selfComment), blankAsNull(comment));
        row.decide(entry.level(), VietnamTime.today());
        em.flush(); // the view carries the version the database now holds
        return MemberRatingView.of(row);
    }

    /**
     * The levels decided in a year under a Youth Union unit (its branch or the branches below it;
     * every unit in scope when none is named) and the members decided "completed with excellence",
     * by branch and given name.
     */
    public RatingSummary summary(Long unitId, Integer year) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        Integer rated = refusals.check(() -> year(year));
        OrgUnit unit = unitId == null ? null : refusals.check(() -> youthUnionUnit(scope, "unit", unitId));
        refusals.throwIfAny();
        Where where = scope.unit("r.unit").and("r.year = :year", "year", rated).and("r.level is not null")
                .and("r.unit.organisation.code = :youthUnion", "youthUnion", YOUTH_UNION);
        if (unit != null) {
            where = where.and(Where.subtree("r.unit", "under", unit.getId(), unit.subtreePath()));
        }
        Map<RatingLevel, Long> levels = new EnumMap<>(RatingLevel.class);
        for (RatingLevel level : RatingLevel.values()) {
            levels.put(level, 0L);
        }
        where.bind(em.createQuery("select r.level, count(r) from MemberRating r where " + where.jpql()
                + " group by r.level", Object[].class)).getResultList()
                .forEach(row -> levels.put((RatingLevel) row[0], (Long) row[1]));
        Where excellent = where.and("r.level = :excellent", "excellent", RatingLevel.EXCELLENT);
        List<OutstandingMember> outstanding = excellent
                .bind(em.createQuery("select r from MemberRating r join fetch r.person p join fetch r.unit u where "
                        + excellent.jpql() + " order by u.name, p.givenName, p.familyName, p.middleName, p.id", MemberRating.class))
                .getResultStream().map(r -> new OutstandingMember(r.getPerson().getId(), r.getPerson().getFullName(),
                        r.getPerson().getBirthDate(), r.getUnit().getId(), r.getUnit().getName(), r.getComment()))
                .toList();
        return new RatingSummary(rated, levels, levels.values().stream().mapToLong(Long::longValue).sum(), outstanding);
    }

    /** The same summary as a file to download; it names persons, so its issue is recorded. */
    public RatingSummary exportSummary(Long unitId, Integer year) {
        RatingSummary summary = summary(unitId, year);
        auditTrail.eventStarting(callers.current(), "EXPORT", "MemberRating", "outstanding year=" + summary.year()
                + (unitId == null ? "" : " unit=" + unitId) + " rows=" + summary.items().size());
        return summary;
    }

    /** The day a year's levels are decided on: the year's last day, or today while the year runs. */
    public static LocalDate dayOfDecision(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = VietnamTime.today();
        return today.isBefore(end) ? today : end;
    }

    private static int year(Integer year) {
        int thisYear = VietnamTime.today().getYear();
        if (year == null) {
            throw new InvalidInput("year", "validation.required");
        }
        if (year < FIRST_YEAR || year > thisYear) {
            throw new InvalidInput("year", "member.rating.year", String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
        }
        return year;
    }

    /** A Youth Union unit in scope (for reading a roll, also a branch closed since). */
    private OrgUnit youthUnionUnit(Scope scope, String field, Long unitId) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new InvalidInput(field, unitId == null ? "validation.required" : "organisation.error.unitNotFound");
        }
        scope.require(scope.covers(unit), "OrgUnit", unitId, () -> new InvalidInput(field, "organisation.error.unitNotFound"));
        if (!YOUTH_UNION.equals(unit.getOrganisation().getCode())) {
            throw new InvalidInput(field, "member.rating.notYouthUnion", unit.getName());
        }
        return unit;
    }

    /** Each membership with a period in the branch between the two days, with its whole history. */
    private Map<Long, List<MembershipPeriod>> periodsOfMembersBetween(OrgUnit unit, LocalDate first, LocalDate last) {
        List<Long> memberships = em.createQuery("select distinct p.membership.id from MembershipPeriod p"
                        + " where p.unit = :unit and p.validFrom <= :last and (p.validTo is null or p.validTo >= :first)"
                        + " and p.status in (vn.doanthe.member.entity.MembershipStatus.ACTIVE,"
                        + " vn.doanthe.member.entity.MembershipStatus.AWAY)", Long.class)
                .setParameter("unit", unit).setParameter("first", first).setParameter("last", last).getResultList();
        if (memberships.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from MembershipPeriod p join fetch p.membership m join fetch m.person person"
                        + " join fetch p.unit where m.id in :memberships"
                        + " order by person.givenName, person.familyName, person.middleName, person.id, p.validFrom",
                        MembershipPeriod.class)
                .setParameter("memberships", memberships).getResultStream()
                .collect(Collectors.groupingBy(p -> p.getMembership().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    private Membership youthUnionMembership(Person person) {
        return em.createQuery("select m from Membership m where m.person = :person and m.organisation.code = :youthUnion",
                        Membership.class).setParameter("person", person).setParameter("youthUnion", YOUTH_UNION)
                .getResultStream().findFirst().orElse(null);
    }

    private List<MembershipPeriod> history(Membership membership) {
        return em.createNamedQuery("MembershipPeriod.history", MembershipPeriod.class)
                .setParameter("membership", membership.getId()).getResultList();
    }

    private Optional<MemberRating> decidedElsewhere(Person person, int year, OrgUnit unit) {
        return em.createQuery("select r from MemberRating r where r.person = :person and r.year = :year"
                        + " and r.unit <> :unit and r.level is not null", MemberRating.class)
                .setParameter("person", person).setParameter("year", year).setParameter("unit", unit)
                .getResultStream().findFirst();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
