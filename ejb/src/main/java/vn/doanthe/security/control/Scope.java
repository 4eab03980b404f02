package vn.doanthe.security.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.control.LogText;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * What a caller may see and change (phạm vi): a territorial unit and everything below it, and the
 * organisations they serve. A record outside is treated as one that does not exist, and the
 * attempt is logged. Every boundary filters its queries and checks its look-ups through this one
 * class, so the rule lives in one place; the conditions it writes into JPQL and SQL are built here,
 * never from what a client sent.
 * <p>
 * A person is in scope when one of their memberships is held in a unit in scope, or when they live
 * in the territory and the caller serves every organisation there (or the person belongs to no
 * organisation yet: registering a person comes before enrolling them).
 */
public final class Scope {

    private static final Logger LOG = Logger.getLogger(Scope.class.getName());
    private static final Scope EVERYTHING = new Scope("system", null, null, Set.of());

    private final String username;
    private final Long unitId;
    private final String below;
    private final Set<Long> organisationIds;

    /**
     * @param unitId          the territorial unit, or null for the whole installation
     * @param below           that unit's subtree path (its descendants' paths start with it)
     * @param organisationIds the organisations served; empty for all
     */
    Scope(String username, Long unitId, String below, Set<Long> organisationIds) {
        this.username = username;
        this.unitId = unitId;
        this.below = below;
        this.organisationIds = Set.copyOf(organisationIds);
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    public boolean isEverything() {
        return unitId == null && organisationIds.isEmpty();
    }

    /** The place is in scope; no place (the whole installation) only for a scope that has no unit either. */
    public boolean coversPlace(AdminUnit place) {
        return unitId == null || (place != null && (place.getId().equals(unitId) || place.getPath().startsWith(below)));
    }

    /** The place lies below the caller's own unit (an administrator changes what is under them, not their own unit). */
    public boolean coversBelow(AdminUnit place) {
        return unitId == null || place.getPath().startsWith(below);
    }

    /** The place is in scope, or lies above it (the caller's commune lies in a district and a province). */
    public boolean coversOrContainsPlace(AdminUnit place) {
        return unitId == null || coversPlace(place) || below.startsWith(place.subtreePath());
    }

    public boolean coversOrganisation(Long organisationId) {
        return organisationIds.isEmpty() || organisationIds.contains(organisationId);
    }

    /** Every one of these organisations is served; an empty set (all organisations) only when all are. */
    public boolean coversOrganisations(Set<Long> ids) {
        return organisationIds.isEmpty() || (!ids.isEmpty() && organisationIds.containsAll(ids));
    }

    public boolean covers(OrgUnit unit) {
        return coversPlace(unit.getAdminUnit()) && coversOrganisation(unit.getOrganisation().getId());
    }

    /**
     * The unit may be seen: it is in scope, or it is a unit of an organisation served that stands
     * above the scope (the district and province committees over a commune's branch).
     */
    public boolean sees(OrgUnit unit) {
        return coversOrContainsPlace(unit.getAdminUnit()) && coversOrganisation(unit.getOrganisation().getId());
    }

    /**
     * Refuses a record outside the scope exactly as one that does not exist would be refused
     * ({@code refusal}), and logs the attempt with who asked for what.
     */
    public void require(boolean covered, String what, Object id, Supplier<? extends DomainException> refusal) {
        if (!covered) {
            LOG.warning(() -> "Out of scope: " + username + " asked for " + what + " " + LogText.of(id));
            throw refusal.get();
        }
    }

    /** A JPQL condition with its parameters, to be appended to a where clause. */
    public record Condition(String jpql, Map<String, Object> parameters) {

        public static Condition always() {
            return new Condition("1 = 1", Map.of());
        }
    }

    /** JPQL: the territorial unit at path expression {@code place} (e.g. {@code p.hamlet}) is in scope. */
    public Condition place(String place) {
        if (unitId == null) {
            return Condition.always();
        }
        return new Condition("(" + place + ".id = :scopeUnit or " + place + ".path like :scopeBelow)",
                territoryParameters());
    }

    /**
     * JPQL: the subtree path {@code subtreePath} (a unit's path with its own id, as audit entries
     * keep it) lies in scope: the scope's unit itself or a unit below it.
     */
    public Condition subtree(String subtreePath) {
        if (unitId == null) {
            return Condition.always();
        }
        return new Condition(subtreePath + " like :scopeSubtree", Map.of("scopeSubtree", below + "%"));
    }

    /** JPQL: the organisation unit at path expression {@code unit} (e.g. {@code m.unit}) is in scope. */
    public Condition unit(String unit) {
        if (unitId == null) {
            return unitCondition(unit, null, Map.of());
        }
        return unitCondition(unit, "(" + unit + ".adminUnit.id = :scopeUnit or " + unit
                + ".adminUnit.path like :scopeBelow)", territoryParameters());
    }

    /** JPQL: the organisation unit {@code unit} may be seen (see {@link #sees(OrgUnit)}). */
    public Condition visibleUnit(String unit) {
        if (unitId == null) {
            return unitCondition(unit, null, Map.of());
        }
        List<Long> line = Arrays.stream(below.split("/")).filter(id -> id.matches("\\d+")).map(Long::valueOf).toList();
        return unitCondition(unit, "(" + unit + ".adminUnit.id in :scopeLine or " + unit
                        + ".adminUnit.path like :scopeBelow)",
                Map.of("scopeLine", line.isEmpty() ? List.of(-1L) : line, "scopeBelow", below + "%"));
    }

    private Condition unitCondition(String unit, String territory, Map<String, Object> territoryParameters) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("1 = 1");
        if (unitId != null) {
            jpql.append(" and ").append(territory);
            parameters.putAll(territoryParameters);
        }
        if (!organisationIds.isEmpty()) {
            jpql.append(" and ").append(unit).append(".organisation.id in :scopeOrganisations");
            parameters.put("scopeOrganisations", organisationIds);
        }
        return new Condition("(" + jpql + ")", parameters);
    }

    /** JPQL: the person {@code person} (an identification variable) is in scope. */
    public Condition person(String person) {
        if (isEverything()) {
            return Condition.always();
        }
        Condition held = unit("sm.unit");
        Condition home = place(person + ".hamlet");
        Map<String, Object> parameters = new HashMap<>(held.parameters());
        parameters.putAll(home.parameters());
        String livesHere = home.jpql() + (organisationIds.isEmpty() ? ""
                : " and not exists (select nm.id from Membership nm where nm.person = " + person + ")");
        return new Condition("(exists (select sm.id from Membership sm where sm.person = " + person + " and "
                + held.jpql() + ") or (" + livesHere + "))", parameters);
    }

    /**
     * JPQL: the user account {@code account} (an identification variable) lies within the scope:
     * its territorial unit is in it and it serves only organisations served here. An account
     * without a unit (the whole installation) or without organisations (all of them) lies within
     * only a scope as wide.
     */
    public Condition account(String account) {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (unitId != null) {
            Condition place = place("sa");
            jpql.append(" and exists (select sa.id from AdminUnit sa where sa.id = ").append(account)
                    .append(".scopeUnitId and ").append(place.jpql()).append(")");
            parameters.putAll(place.parameters());
        }
        if (!organisationIds.isEmpty()) {
            jpql.append(" and exists (select so from UserAccount su join su.organisationIds so where su = ")
                    .append(account).append(") and not exists (select sx from UserAccount sy join sy.organisationIds sx")
                    .append(" where sy = ").append(account).append(" and sx not in :scopeOrganisations)");
            parameters.put("scopeOrganisations", organisationIds);
        }
        return new Condition("(" + jpql + ")", parameters);
    }

    /**
     * Native SQL: the organisation column {@code column} is in scope. The ids are numbers the
     * database gave, written into the statement, so statistics SQL is scope-aware by construction.
     */
    public String organisationSql(String column) {
        if (organisationIds.isEmpty()) {
            return "";
        }
        return " AND " + column + " IN (" + organisationIds.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(", ")) + ")";
    }

    private Map<String, Object> territoryParameters() {
        return Map.of("scopeUnit", unitId, "scopeBelow", below + "%");
    }
}
