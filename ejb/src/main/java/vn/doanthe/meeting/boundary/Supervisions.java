package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.cadre.boundary.HoldingView;
import vn.doanthe.cadre.boundary.PostHoldings;
import vn.doanthe.meeting.control.AskedPlace;
import vn.doanthe.meeting.control.MeetingFinder;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.Supervision;
import vn.doanthe.meeting.entity.SupervisorPresence;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.boundary.UnitInScope;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Upper-level cadres supervising branch meetings (cán bộ phụ trách địa bàn): assigned to the
 * branches at or below a unit for a year, with the meetings they must attend; their attendance and
 * remarks recorded on the meetings; and who is behind.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Supervisions {

    /** The levels whose post holders supervise branches. */
    static final Set<AdminLevel> UPPER = EnumSet.of(AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE);

    private static final String REPORT = """
            SELECT s.id, p.id, p.full_name, u.id, u.name, s.year, s.required,
                   (SELECT COUNT(*) FROM meeting m JOIN meeting_supervisor ms ON ms.meeting_id = m.id
                      JOIN org_unit b ON b.id = m.org_unit_id
                     WHERE ms.person_id = s.person_id AND m.held_on BETWEEN ?4 AND ?5
                       AND (b.id = u.id OR b.path LIKE CONCAT(u.path, u.id, '/%%')))
              FROM supervision s JOIN person p ON p.id = s.person_id JOIN org_unit u ON u.id = s.org_unit_id
              JOIN admin_unit a ON a.id = u.admin_unit_id
             WHERE s.year = ?1 AND (a.id = ?2 OR a.path LIKE ?3) %s
             ORDER BY p.given_name, p.family_name, p.middle_name, p.id, u.name""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    AskedPlace asked;

    @Inject
    UnitInScope units;


    @Inject
    PostHoldings holdings;

    @Inject
    MeetingFinder found;

    /**
     * Assigns a cadre, every mistake at once: a unit outside the scope, a person who holds no post
     * of a commune, district or province in the caller's scope that year, a year out of range, a
     * number below zero. Without {@code required}, the number the regulation sets for the level of
     * the cadre's highest post. The same cadre, unit and year again is a conflict.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public SupervisionView assign(@NotNull NewSupervision request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        OrgUnit unit = refusals.check(() -> units.open(scope, "orgUnitId", request.orgUnitId(), null));
        Integer year = refusals.required("year", request.year());
        int thisYear = VietnamTime.today().getYear();
        boolean yearKnown = year != null && year >= thisYear - 5 && year <= thisYear + 1;
        if (year != null && !yearKnown) {
            refusals.refuse("year", "validation.between", thisYear - 5, thisYear + 1);
        }
        // Whether the person held a post is asked of a year that can be assigned only.
        Optional<AdminLevel> level = request.personId() == null || !yearKnown ? Optional.empty()
                : highestPost(request.personId(), year);
        if (request.personId() == null) {
            refusals.refuse("personId", "validation.required");
        } else if (yearKnown && level.isEmpty()) {
            refusals.refuse("personId", "meeting.error.notACadre");
        }
        if (request.required() != null && (request.required() < 0 || request.required() > 100)) {
            refusals.refuse("required", "validation.between", 0, 100);
        }
        refusals.throwIfAny();
        if (!em.createQuery("select s.id from Supervision s where s.person.id = :p and s.unit = :u and s.year = :y",
                Long.class).setParameter("p", request.personId()).setParameter("u", unit).setParameter("y", year)
                .getResultList().isEmpty()) {
            throw new Conflict("personId", "meeting.error.alreadyAssigned");
        }
        int required = request.required() != null ? request.required() : requiredFor(level.orElseThrow());
        Supervision supervision = new Supervision(em.find(Person.class, request.personId()), unit, year, required);
        em.persist(supervision);
        em.flush();
        return new SupervisionView(supervision.getId(), request.personId(), supervision.getPerson().getFullName(),
                unit.getId(), unit.getName(), year, required, 0);
    }

    /**
     * Records the supervising cadres who attended the meeting, with their remarks, replacing those
     * recorded before: each one assigned that year to the meeting's branch or a unit above it (400
     * naming {@code personId}, listing the others). Adopted minutes: 409.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public List<SupervisorLine> attend(@NotNull Long meetingId, List<SupervisorLine> lines) {
        Meeting meeting = found.seen(scopes.current(), meetingId);
        if (meeting.isAdopted()) {
            throw new Conflict("id", "meeting.error.adopted");
        }
        List<SupervisorLine> given = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
        Refusals refusals = new Refusals();
        Set<Long> assigned = assignedTo(meeting);
        Set<Long> strangers = given.stream().map(SupervisorLine::personId).filter(p -> p == null || !assigned.contains(p))
                .map(p -> p == null ? 0L : p).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!strangers.isEmpty()) {
            refusals.refuse("personId", "meeting.error.notASupervisor",
                    strangers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        List<SupervisorPresence> present = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SupervisorLine line = given.get(i);
            String field = "[" + i + "].remark";
            String remark = refusals.check(() -> TextCheck.paragraphs(field, line.remark(), 2000));
            if (line.personId() != null && present.stream().noneMatch(s -> s.getPersonId().equals(line.personId()))) {
                present.add(new SupervisorPresence(line.personId(), remark == null || remark.isEmpty() ? null : remark));
            }
        }
        refusals.throwIfAny();
        meeting.superviseBy(present);
        return present.stream().map(s -> new SupervisorLine(s.getPersonId(), s.getRemark())).toList();
    }

    /**
     * The supervision assignments of a year for units under {@code unit} (a territorial code; the
     * caller's own unit when none), each with the meetings attended; those behind first.
     */
    public List<SupervisionView> report(String unit, Integer year) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        AdminUnit place = asked.of(scope, unit, today);
        int shown = year == null ? today.getYear() : year;
        List<?> rows = em.createNativeQuery(REPORT.formatted(scope.organisationSql("u.organisation_id")))
                .setParameter(1, shown).setParameter(2, place.getId()).setParameter(3, place.subtreePath() + "%")
                .setParameter(4, Date.valueOf(LocalDate.of(shown, 1, 1)))
                .setParameter(5, Date.valueOf(LocalDate.of(shown, 12, 31))).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new SupervisionView(number(r[0]), number(r[1]),
                        (String) r[2], number(r[3]), (String) r[4], (int) number(r[5]), (int) number(r[6]), number(r[7])))
                .sorted(Comparator.comparing(SupervisionView::behind).reversed()).toList();
    }

    /** The cadres who may be recorded at the meeting (assigned that year to its branch or a unit above), by name. */
    public List<SupervisorChoice> eligible(@NotNull Long meetingId) {
        Meeting meeting = found.seen(scopes.current(), meetingId);
        Set<Long> assigned = assignedTo(meeting);
        if (assigned.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select p.id, p.fullName from Person p where p.id in :ids
                        order by p.givenName, p.familyName, p.middleName, p.id""", Object[].class)
                .setParameter("ids", List.copyOf(assigned)).getResultStream()
                .map(r -> new SupervisorChoice((Long) r[0], (String) r[1])).toList();
    }

    /** The persons assigned that year to the meeting's branch or a unit above it. */
    private Set<Long> assignedTo(Meeting meeting) {
        OrgUnit branch = meeting.getUnit();
        return em.createQuery("""
                        select s.person.id from Supervision s where s.year = :year
                        and (s.unit = :branch or :path like concat(s.unit.path, s.unit.id, '/%'))""", Long.class)
                .setParameter("year", meeting.getHeldOn().getYear()).setParameter("branch", branch)
                .setParameter("path", branch.getPath()).getResultStream().collect(Collectors.toSet());
    }

    /** The highest level among the posts the person held that year in the caller's scope. */
    private Optional<AdminLevel> highestPost(long personId, int year) {
        List<HoldingView> held;
        try {
            held = holdings.ofPerson(personId);
        } catch (DomainException outOfSight) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return held.stream().filter(h -> !h.from().isAfter(to) && (h.to() == null || !h.to().isBefore(from)))
                .map(h -> em.find(OrgUnit.class, h.orgUnitId()).getAdminUnit().getLevel()).filter(UPPER::contains)
                .min(Comparator.naturalOrder());
    }

    private int requiredFor(AdminLevel level) {
        return ((Number) em.createNativeQuery("SELECT required FROM supervision_requirement WHERE admin_level = ?1")
                .setParameter(1, level.name()).getSingleResult()).intValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
