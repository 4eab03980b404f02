package vn.doanthe.territory.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.territory.entity.AdminUnitName;
import vn.doanthe.territory.entity.AdminUnitType;
import vn.doanthe.territory.entity.Succession;

/**
 * The territory register: find units as they stood on any day, browse the tree, add hamlets,
 * rename and merge units. A merge closes units instead of deleting them, so that "what was here
 * on 1 March 2024" keeps its answer.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class AdminUnits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Event<UnitsMerged> merged;

    @Inject
    Scopes scopes;

    public AdminUnitView find(String code, LocalDate day) {
        LocalDate on = dayOrToday(day);
        AdminUnit unit = unitOn(code, on).orElseThrow(() -> new RecordNotFound("code", "territory.error.notFound", code));
        return viewsOn(List.of(unit), on).get(0);
    }

    /** The unit in force today with this code, or, when the code exists only in the past, the unit of {@code day}. */
    public AdminUnitView findCurrentOrOn(String code, LocalDate day) {
        LocalDate today = VietnamTime.today();
        return unitOn(code, today).map(unit -> viewsOn(List.of(unit), today).get(0))
                .orElseGet(() -> find(code, day));
    }

    /** Units valid on {@code day} matching a code prefix or name words (diacritics ignored), shallowest first. */
    public Page<AdminUnitView> search(String text, AdminLevel level, String parentCode, LocalDate day, PageRequest page) {
        LocalDate on = dayOrToday(day);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(
                " from AdminUnit u where (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)");
        parameters.put("day", on);
        if (level != null) {
            where.append(" and u.level = :level");
            parameters.put("level", level);
        }
        if (parentCode != null && !parentCode.isBlank()) {
            AdminUnit parent = unitOn(parentCode.trim(), on)
                    .orElseThrow(() -> new InvalidInput("parent", "territory.error.parentNotFound", parentCode));
            where.append(" and u.parent.id = :parent");
            parameters.put("parent", parent.getId());
        }
        String key = VietnameseText.fold(text);
        if (!key.isEmpty()) {
            if (key.matches("[0-9][0-9a-z.\\-]*")) {
                where.append(" and u.code like :code");
                parameters.put("code", key + "%");
            } else {
                // "Khóm 1" as lists show it: the kind typed first is the unit's type (the name is "1"),
                // unless the name itself holds those words.
                List<AdminUnitType> kinds = new ArrayList<>();
                int longest = 0;
                for (AdminUnitType type : AdminUnitType.values()) {
                    String kind = VietnameseText.fold(type.vietnameseName()) + " ";
                    if (!key.startsWith(kind) || key.length() == kind.length() || kind.length() < longest) {
                        continue;
                    }
                    if (kind.length() > longest) {
                        kinds.clear();
                        longest = kind.length();
                    }
                    kinds.add(type); // "Thành phố" names two types
                }
                String rest = key.substring(longest);
                if (!kinds.isEmpty()) {
                    where.append(" and (u.type in :kinds or u.nameKey like :whole)");
                    parameters.put("kinds", kinds);
                    parameters.put("whole", "%" + LikePattern.escape(key) + "%");
                }
                String[] words = rest.split(" ");
                for (int i = 0; i < words.length; i++) {
                    where.append(" and u.nameKey like :w").append(i);
                    parameters.put("w" + i, "%" + LikePattern.escape(words[i]) + "%");
                }
            }
        }
        TypedQuery<Long> count = em.createQuery("select count(u)" + where, Long.class);
        TypedQuery<AdminUnit> rows = em.createQuery("select u" + where + " order by length(u.path), u.code", AdminUnit.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<AdminUnit> units = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(viewsOn(units, on), count.getSingleResult());
    }

    /** How many units of each level are in force today. */
    public Map<AdminLevel, Long> countCurrentByLevel() {
        Map<AdminLevel, Long> counts = new EnumMap<>(AdminLevel.class);
        for (Object[] row : em.createQuery("select u.level, count(u) from AdminUnit u where u.validTo is null group by u.level",
                Object[].class).getResultList()) {
            counts.put((AdminLevel) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The top of the tree on {@code day}: the provinces then in force. */
    public List<AdminUnitView> roots(LocalDate day) {
        LocalDate on = dayOrToday(day);
        return viewsOn(em.createNamedQuery("AdminUnit.rootsOn", AdminUnit.class).setParameter("day", on).getResultList(), on);
    }

    /** The units directly under {@code parentId} that were in force on {@code day}. */
    public List<AdminUnitView> children(Long parentId, LocalDate day) {
        LocalDate on = dayOrToday(day);
        return viewsOn(em.createNamedQuery("AdminUnit.childrenOn", AdminUnit.class)
                .setParameter("parent", parentId).setParameter("day", on).getResultList(), on);
    }

    public UnitHistory history(String code, LocalDate day) {
        LocalDate on = dayOrToday(day);
        AdminUnit unit = unitOn(code, on).orElseThrow(() -> new RecordNotFound("code", "territory.error.notFound", code));
        List<UnitHistory.FormerName> names = em.createNamedQuery("AdminUnitName.history", AdminUnitName.class)
                .setParameter("unit", unit.getId()).getResultStream()
                .map(n -> new UnitHistory.FormerName(n.getName(), n.getValidFrom(), n.getValidTo())).toList();
        Function<Succession, UnitHistory.Link> toPredecessor = s -> new UnitHistory.Link(
                AdminUnitView.of(s.getPredecessor()), s.getEffectiveOn(), s.getKind().name(), s.getNote());
        Function<Succession, UnitHistory.Link> toSuccessor = s -> new UnitHistory.Link(
                AdminUnitView.of(s.getSuccessor()), s.getEffectiveOn(), s.getKind().name(), s.getNote());
        return new UnitHistory(viewsOn(List.of(unit), on).get(0), names,
                em.createNamedQuery("Succession.predecessorsOf", Succession.class).setParameter("unit", unit.getId())
                        .getResultStream().map(toPredecessor).toList(),
                em.createNamedQuery("Succession.successorsOf", Succession.class).setParameter("unit", unit.getId())
                        .getResultStream().map(toSuccessor).toList());
    }

    /** Adds a hamlet under a commune in force; hamlets are not in the official list. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public AdminUnitView addHamlet(@NotNull NewHamlet hamlet) {
        LocalDate from = hamlet.validFrom() == null ? VietnamTime.today() : hamlet.validFrom();
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(hamlet));
        AdminUnit commune = refusals.has("parentCode") ? null : refusals.check(() -> commune(hamlet.parentCode(), from));
        if (hamlet.type() != null && hamlet.type().level() != AdminLevel.HAMLET) {
            refusals.refuse("type", "territory.error.notHamletType", hamlet.type().name());
        }
        String name = refusals.has("name") ? null : refusals.check(() -> TextCheck.name("name", hamlet.name(), 150));
        refusals.throwIfAny();
        if (siblingNamed(commune, name)) {
            throw new Conflict("name", "territory.error.duplicateName", name);
        }
        String code = hamlet.code() == null || hamlet.code().isBlank() ? nextHamletCode(commune) : hamlet.code().trim();
        if (em.createNamedQuery("AdminUnit.countCurrentCode", Long.class).setParameter("code", code).getSingleResult() > 0) {
            throw new Conflict("code", "territory.error.duplicateCode", code);
        }
        AdminUnit unit = new AdminUnit(code, hamlet.type(), name, commune, from);
        em.persist(unit);
        em.flush(); // the view carries the id the database assigns
        return AdminUnitView.of(unit);
    }

    /** The commune in force on {@code day} a hamlet is added under, within the caller's scope. */
    private AdminUnit commune(String code, LocalDate day) {
        Supplier<InvalidInput> noParent = () -> new InvalidInput("parentCode", "territory.error.parentNotFound", code);
        AdminUnit commune = inScope(scopes.current(), unitOn(code.trim(), day).orElseThrow(noParent), noParent);
        if (commune.getLevel() != AdminLevel.COMMUNE || commune.getValidTo() != null) {
            throw new InvalidInput("parentCode", "territory.error.parentNotCommune", commune.getCode());
        }
        return commune;
    }

    /** Renames a unit from {@code effectiveOn}; the old name stays the answer for earlier dates. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public AdminUnitView rename(@NotBlank String code, @NotBlank @Size(max = 150) String newName,
                                LocalDate effectiveOn, @Size(max = 500) String reason) {
        String name = TextCheck.name("name", newName, 150);
        String why = TextCheck.text("reason", reason, 500);
        LocalDate from = effectiveOn == null ? VietnamTime.today() : effectiveOn;
        Scope scope = scopes.current();
        Supplier<RecordNotFound> missing = () -> new RecordNotFound("code", "territory.error.notFound", code);
        AdminUnit unit = inScope(scope, unitOn(code, from).orElseThrow(missing), missing);
        requireChangeable(unit, scope);
        if (name.equals(unit.getName())) {
            throw new InvalidInput("name", "territory.error.sameName");
        }
        if (unit.getParent() != null && siblingNamed(unit.getParent(), name)) {
            throw new Conflict("name", "territory.error.duplicateName", name);
        }
        LocalDate lastRename = em.createNamedQuery("AdminUnitName.latestEnd", LocalDate.class)
                .setParameter("unit", unit.getId()).getSingleResult();
        LocalDate oldNameSince = lastRename == null ? unit.getValidFrom() : lastRename.plusDays(1);
        if ((oldNameSince != null && !from.isAfter(oldNameSince)) || !unit.isValidOn(from)) {
            throw new InvalidInput("effectiveOn", "territory.error.renameDate");
        }
        MutationContext.current().ifPresent(m -> m.reason(why));
        em.persist(unit.renameOn(name, from, oldNameSince));
        return AdminUnitView.of(unit);
    }

    /**
     * Merges units into a successor of the same level from {@code effectiveOn}: the merged units
     * end the day before; their hamlets carry on under the successor (same code and name, new
     * validity); records placed on them move along.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public AdminUnitView merge(@NotEmpty List<@NotBlank String> mergedCodes, @NotBlank String successorCode,
                               @NotNull LocalDate effectiveOn, @Size(max = 300) String reason) {
        // Kept as the note of each succession (300 characters) as well as in the audit trail.
        String why = TextCheck.text("reason", reason, 300);
        Scope scope = scopes.current();
        Supplier<InvalidInput> noSuccessor = () -> new InvalidInput("successorCode", "territory.error.notFound",
                successorCode);
        AdminUnit successor = inScope(scope, unitOn(successorCode.trim(), effectiveOn).orElseThrow(noSuccessor),
                noSuccessor);
        requireChangeable(successor, scope);
        Map<Long, Long> successorOf = new LinkedHashMap<>();
        for (String code : mergedCodes.stream().map(String::trim).distinct().toList()) {
            Supplier<InvalidInput> noUnit = () -> new InvalidInput("mergedCodes", "territory.error.notFound", code);
            AdminUnit unit = inScope(scope, unitOn(code, effectiveOn).orElseThrow(noUnit), noUnit);
            requireChangeable(unit, scope);
            checkMergeable(unit, successor, effectiveOn);
            unit.closeAfter(effectiveOn.minusDays(1));
            em.persist(new Succession(unit, successor, effectiveOn, Succession.Kind.FULL, why));
            successorOf.put(unit.getId(), successor.getId());
            for (AdminUnit child : childrenOn(unit, effectiveOn)) {
                AdminUnit moved = carryOver(child, successor, effectiveOn);
                successorOf.put(child.getId(), moved.getId());
            }
        }
        MutationContext.current().ifPresent(m -> m.reason(why));
        merged.fire(new UnitsMerged(Map.copyOf(successorOf), effectiveOn));
        return AdminUnitView.of(successor);
    }

    private void checkMergeable(AdminUnit unit, AdminUnit successor, LocalDate effectiveOn) {
        if (unit.getId().equals(successor.getId())) {
            throw new InvalidInput("successorCode", "territory.error.mergeIntoItself", unit.getCode());
        }
        if (unit.isAncestorOf(successor)) {
            throw new InvalidInput("successorCode", "territory.error.mergeIntoDescendant", unit.getCode(), successor.getCode());
        }
        if (unit.getLevel() != successor.getLevel()) {
            throw new InvalidInput("successorCode", "territory.error.mergeLevel", unit.getCode(), successor.getCode());
        }
        if (unit.getLevel() != AdminLevel.COMMUNE && unit.getLevel() != AdminLevel.HAMLET) {
            throw new InvalidInput("mergedCodes", "territory.error.mergeOnlyCommunesAndHamlets", unit.getCode());
        }
        if (unit.getValidFrom() != null && !effectiveOn.isAfter(unit.getValidFrom())) {
            throw new InvalidInput("effectiveOn", "territory.error.mergeDate", unit.getCode());
        }
    }

    private AdminUnit carryOver(AdminUnit hamlet, AdminUnit newParent, LocalDate effectiveOn) {
        hamlet.closeAfter(effectiveOn.minusDays(1));
        em.flush();
        AdminUnit copy = new AdminUnit(hamlet.getCode(), hamlet.getType(), hamlet.getName(), newParent, effectiveOn);
        em.persist(copy);
        em.flush();
        em.persist(new Succession(hamlet, copy, effectiveOn, Succession.Kind.FULL, null));
        return copy;
    }

    /**
     * The unit, when it lies in the caller's scope; one outside is refused exactly as one that does
     * not exist ({@code missing}), and the attempt is logged.
     */
    private static AdminUnit inScope(Scope scope, AdminUnit unit, Supplier<? extends DomainException> missing) {
        scope.require(scope.coversPlace(unit), "AdminUnit", unit.getCode(), missing);
        return unit;
    }

    /**
     * Official units are the GSO's: only an administrator changes them, and only one whose scope
     * lies above the unit (a commune's administrator does not rename or merge their own commune,
     * which would move their own scope).
     */
    private static void requireChangeable(AdminUnit unit, Scope scope) {
        MutationContext.current().ifPresent(m -> {
            if (unit.isOfficial() && (!m.caller().is(Role.ADMIN) || !scope.coversBelow(unit))) {
                throw new AccessDenied("territory.error.officialUnit");
            }
        });
    }

    private List<AdminUnit> childrenOn(AdminUnit parent, LocalDate day) {
        return em.createNamedQuery("AdminUnit.childrenOn", AdminUnit.class)
                .setParameter("parent", parent.getId()).setParameter("day", day).getResultList();
    }

    private boolean siblingNamed(AdminUnit parent, String name) {
        return em.createNamedQuery("AdminUnit.siblingNamed", Long.class).setParameter("parent", parent.getId())
                .setParameter("nameKey", AdminUnit.nameKey(name)).getSingleResult() > 0;
    }

    private String nextHamletCode(AdminUnit commune) {
        List<String> taken = em.createQuery("select u.code from AdminUnit u where u.code like :prefix", String.class)
                .setParameter("prefix", commune.getCode() + ".%").getResultList();
        int next = taken.stream().map(c -> c.substring(commune.getCode().length() + 1))
                .filter(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(0) + 1;
        return String.format("%s.%02d", commune.getCode(), next);
    }

    private Optional<AdminUnit> unitOn(String code, LocalDate day) {
        return AdminUnit.byCodeOn(em, code, day);
    }

    /** Views with the names the units carried on {@code day}: one query for all former names. */
    private List<AdminUnitView> viewsOn(List<AdminUnit> units, LocalDate day) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, String> formerNames = new HashMap<>();
        if (day.isBefore(VietnamTime.today())) {
            formerNames = em.createNamedQuery("AdminUnitName.ofUnits", AdminUnitName.class)
                    .setParameter("units", units.stream().map(AdminUnit::getId).toList()).setParameter("day", day)
                    .getResultStream().collect(Collectors.toMap(n -> n.getUnit().getId(), AdminUnitName::getName, (a, b) -> a));
        }
        List<AdminUnitView> views = new ArrayList<>(units.size());
        for (AdminUnit unit : units) {
            views.add(AdminUnitView.of(unit, formerNames.get(unit.getId())));
        }
        return views;
    }

    private static LocalDate dayOrToday(LocalDate day) {
        return day == null ? VietnamTime.today() : day;
    }
}
