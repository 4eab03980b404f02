package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.doanthe.meeting.control.AskedOrganisation;
import vn.doanthe.meeting.control.AskedPlace;
import vn.doanthe.meeting.control.ClassificationFigures;
import vn.doanthe.meeting.control.MeetingTallies;
import vn.doanthe.meeting.control.MeetingTallies.BranchYear;
import vn.doanthe.meeting.entity.BranchClassification;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.ClassificationCriteria;
import vn.doanthe.meeting.entity.ClassificationStep;
import vn.doanthe.meeting.entity.Grading;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The yearly classification of branches (xếp loại chi hội): the branch assesses itself, the commune
 * appraises, the level above decides — each step in its turn, by an officer whose territory reaches
 * that far, with who and when kept. Until it is decided, a classification is judged on the year's
 * figures as they stand and the criteria in force; the decision freezes both.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Classifications {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** As a list of a commune's branches is read: by commune, then hamlet, then name. */
    private static final Comparator<OrgUnit> BY_PLACE = Comparator
            .comparing((OrgUnit u) -> commune(u.getAdminUnit()).getName(), VIETNAMESE)
            .thenComparing(u -> u.getAdminUnit().getName(), VIETNAMESE).thenComparing(OrgUnit::getName, VIETNAMESE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    AskedPlace asked;

    @Inject
    AskedOrganisation organisations;

    @Inject
    MeetingTallies tallies;

    @Inject
    ClassificationFigures figures;

    /**
     * Records a step. Every mistake of the request at once; then a step before its turn (appraised
     * before the branch's own grade, decided before the appraisal) is refused naming {@code step}, a
     * step after the next one was recorded is a conflict, and an officer below the commune (to
     * appraise) or below the level above it (to decide) is refused.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public ClassificationView record(@NotNull NewGrading request) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        Refusals refusals = new Refusals();
        OrgUnit unit = refusals.check(() -> inScope(scope, request.orgUnitId()));
        Integer year = refusals.required("year", request.year());
        if (year != null && (year < 2000 || year > today.getYear())) {
            refusals.refuse("year", "validation.between", 2000, today.getYear());
        }
        ClassificationStep step = refusals.required("step", request.step());
        BranchGrade grade = refusals.required("grade", request.grade());
        String note = refusals.check(() -> TextCheck.paragraphs("note", request.note(), 2000));
        BranchYear branchYear = unit == null || year == null ? null : tallies.branch(unit, year, today).orElse(null);
        if (unit != null && year != null && branchYear == null) {
            refusals.refuse("orgUnitId", "classification.error.notBranch", unit.getName());
        }
        refusals.throwIfAny();
        BranchClassification classification = em.createQuery("""
                        select c from BranchClassification c where c.unit = :unit and c.year = :year""",
                        BranchClassification.class).setParameter("unit", unit).setParameter("year", year)
                .getResultStream().findFirst().orElse(null);
        inTurn(classification, step);
        requireLevel(scope, unit, step);
        if (classification == null) {
            classification = new BranchClassification(unit, year);
        }
        if (!classification.isDecided()) {
            ClassificationCriteria criteria = criteria(unit.getOrganisation());
            long members = criteria.getDuesPerMember() == null ? 0
                    : figures.members(List.of(unit.getId()), year, today).getOrDefault(unit.getId(), 0L);
            classification.judgedOn(criteria, ClassificationFigures.of(branchYear, criteria, members));
        }
        classification.record(step, new Grading(grade, callers.current().username(),
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), note == null || note.isEmpty() ? null : note));
        if (classification.getId() == null) {
            em.persist(classification); // once judged: the queries above would flush it half made
        }
        return ClassificationView.of(classification);
    }

    /** The branches under {@code unit} (the caller's own unit when none) of one organisation or all, for a year. */
    public ClassificationList of(String unit, String organisation, Integer year) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        AdminUnit place = asked.of(scope, unit, today);
        Organisation only = organisations.of(organisation);
        int shown = year == null ? today.getYear() : year;
        if (shown < 2000 || shown > today.getYear()) {
            throw new InvalidInput("year", "validation.between", 2000, today.getYear());
        }
        Map<Long, BranchYear> years = tallies.year(place, scope, only == null ? null : only.getId(), shown, today).stream()
                .collect(Collectors.toMap(BranchYear::unitId, Function.identity()));
        if (years.isEmpty()) {
            return new ClassificationList(place.getCode(), place.getName(), shown, new EnumMap<>(BranchGrade.class), 0,
                    List.of());
        }
        Map<Long, BranchClassification> recorded = em.createQuery("""
                        select c from BranchClassification c join fetch c.criteria where c.year = :year
                        and c.unit.id in :units""", BranchClassification.class).setParameter("year", shown)
                .setParameter("units", List.copyOf(years.keySet())).getResultStream()
                .collect(Collectors.toMap(c -> c.getUnit().getId(), Function.identity()));
        List<OrgUnit> units = em.createQuery("""
                        select u from OrgUnit u join fetch u.adminUnit a left join fetch a.parent join fetch u.organisation
                        where u.id in :units""", OrgUnit.class).setParameter("units", List.copyOf(years.keySet()))
                .getResultStream().sorted(BY_PLACE).toList();
        Map<Long, ClassificationCriteria> criteria = new HashMap<>();
        boolean dues = false;
        for (OrgUnit u : units) {
            dues |= criteria.computeIfAbsent(u.getOrganisation().getId(), id -> figures.current(u.getOrganisation()))
                    .getDuesPerMember() != null;
        }
        Map<Long, Long> members = dues ? figures.members(years.keySet(), shown, today) : Map.of();
        List<ClassificationView> items = units.stream().map(u -> {
            BranchClassification c = recorded.get(u.getId());
            if (c != null && c.isDecided()) {
                return ClassificationView.of(c);
            }
            ClassificationCriteria current = criteria.get(u.getOrganisation().getId());
            ClassificationView live = ClassificationView.of(u, shown, current,
                    ClassificationFigures.of(years.get(u.getId()), current, members.getOrDefault(u.getId(), 0L)));
            return c == null ? live : withSteps(live, ClassificationView.of(c));
        }).toList();
        Map<BranchGrade, Long> decided = new EnumMap<>(BranchGrade.class);
        for (BranchGrade g : BranchGrade.values()) {
            decided.put(g, items.stream().filter(i -> i.decided() != null && i.decided().grade() == g).count());
        }
        return new ClassificationList(place.getCode(), place.getName(), shown, decided,
                items.stream().filter(i -> i.decided() == null).count(), items);
    }

    /** A unit closed since is still classified for the years it was open: only its existence and scope matter. */
    private OrgUnit inScope(Scope scope, Long id) {
        OrgUnit unit = id == null ? null : em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new InvalidInput("orgUnitId", id == null ? "validation.required" : "organisation.error.unitNotFound");
        }
        scope.require(scope.covers(unit), "OrgUnit", id, () -> new InvalidInput("orgUnitId", "organisation.error.unitNotFound"));
        return unit;
    }

    private static ClassificationView withSteps(ClassificationView live, ClassificationView recorded) {
        return new ClassificationView(live.orgUnitId(), live.unitName(), live.place(), live.year(), live.criteria(),
                live.owed(), live.kept(), live.keptShare(), live.attendance(), live.dues(), live.suggested(),
                recorded.self(), recorded.appraised(), recorded.decided());
    }

    /** The criteria in force, stored as the organisation's first version when it had none. */
    private ClassificationCriteria criteria(Organisation organisation) {
        ClassificationCriteria current = figures.current(organisation);
        if (current.getId() == null) {
            em.persist(current);
        }
        return current;
    }

    private static void inTurn(BranchClassification classification, ClassificationStep step) {
        ClassificationStep[] steps = ClassificationStep.values();
        int at = step.ordinal();
        if (at > 0 && (classification == null || classification.step(steps[at - 1]) == null)) {
            throw new InvalidInput("step", "classification.error.before." + step.name(), step.name());
        }
        if (classification != null && classification.isDecided()) {
            throw new Conflict("step", "classification.error.decided");
        }
        if (at + 1 < steps.length && classification != null && classification.step(steps[at + 1]) != null) {
            throw new Conflict("step", "classification.error.later");
        }
    }

    private static AdminUnit commune(AdminUnit place) {
        return place.getLevel() == AdminLevel.HAMLET && place.getParent() != null ? place.getParent() : place;
    }

    /** The commune appraises its branches; the level above it decides. */
    private static void requireLevel(Scope scope, OrgUnit unit, ClassificationStep step) {
        if (step == ClassificationStep.SELF) {
            return;
        }
        AdminUnit commune = commune(unit.getAdminUnit());
        AdminUnit needed = step == ClassificationStep.APPRAISED || commune.getParent() == null ? commune : commune.getParent();
        if (!scope.coversPlace(needed)) {
            throw new AccessDenied("classification.error.level." + step.name(), needed.getName());
        }
    }
}
