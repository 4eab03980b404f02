package vn.doanthe.platform.access;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.control.LogText;
import vn.doanthe.platform.control.Where;

/**
 * What a caller may see and change (phạm vi): a territorial unit and everything below it, and the
 * organisations they serve. A record outside is treated as one that does not exist, and the
 * attempt is logged. Every boundary filters its queries and checks its look-ups through this one
 * class, so the rule lives in one place; the conditions it writes into JPQL and SQL are built here,
 * never from what a client sent.
 * <p>
 * This is the shared core — a territorial subtree and a set of organisations — that knows no
 * feature: each feature applies it to its own records in its scope policy (a person's in
 * {@code member.control.PersonScope}, an account's in {@code security.control.AccountScope}).
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
    private Scope(String username, Long unitId, String below, Set<Long> organisationIds) {
        this.username = username;
        this.unitId = unitId;
        this.below = below;
        this.organisationIds = Set.copyOf(organisationIds);
    }

    /** A caller's scope, as the security feature reads it from their account (see {@link Scopes}). */
    public static Scope of(String username, Long unitId, String below, Set<Long> organisationIds) {
        return new Scope(username, unitId, below, organisationIds);
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    /** Whether the scope is bounded by a territorial unit (false: the whole installation). */
    public boolean hasPlace() {
        return unitId != null;
    }

    /** The organisations served; empty for all of them. */
    public Set<Long> organisationIds() {
        return organisationIds;
    }

    public boolean isEverything() {
        return unitId == null && organisationIds.isEmpty();
    }

    /** The place is in scope; no place (the whole installation) only for a scope that has no unit either. */
    public boolean coversPlace(Place place) {
        return unitId == null || (place != null && (place.getId().equals(unitId) || place.getPath().startsWith(below)));
    }

    /** The place lies below the caller's own unit (an administrator changes what is under them, not their own unit). */
    public boolean coversBelow(Place place) {
        return unitId == null || place.getPath().startsWith(below);
    }

    /** The place is in scope, or lies above it (the caller's commune lies in a district and a province). */
    public boolean coversOrContainsPlace(Place place) {
        return unitId == null || coversPlace(place) || below.startsWith(place.subtreePath());
    }

    public boolean coversOrganisation(Long organisationId) {
        return organisationIds.isEmpty() || organisationIds.contains(organisationId);
    }

    /** Every one of these organisations is served; an empty set (all organisations) only when all are. */
    public boolean coversOrganisations(Set<Long> ids) {
        return organisationIds.isEmpty() || (!ids.isEmpty() && organisationIds.containsAll(ids));
    }

    public boolean covers(OrganisationUnit unit) {
        return coversPlace(unit.place()) && coversOrganisation(unit.organisationId());
    }

    /**
     * The unit may be seen: it is in scope, or it is a unit of an organisation served that stands
     * above the scope (the district and province committees over a commune's branch).
     */
    public boolean sees(OrganisationUnit unit) {
        return coversOrContainsPlace(unit.place()) && coversOrganisation(unit.organisationId());
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

    /** JPQL: the territorial unit at path expression {@code place} (e.g. {@code p.hamlet}) is in scope. */
    public Where place(String place) {
        if (unitId == null) {
            return Where.always();
        }
        return Where.subtree(place, "scopeUnit", unitId, below);
    }

    /**
     * JPQL: the subtree path {@code subtreePath} (a unit's path with its own id, as audit entries
     * keep it) lies in scope: the scope's unit itself or a unit below it.
     */
    public Where subtree(String subtreePath) {
        if (unitId == null) {
            return Where.always();
        }
        return Where.of(subtreePath + " like :scopeSubtree", Map.of("scopeSubtree", below + "%"));
    }

    /** JPQL: the organisation unit at path expression {@code unit} (e.g. {@code m.unit}) is in scope. */
    public Where unit(String unit) {
        return place(unit + ".adminUnit").and(organisations(unit + ".organisation.id"));
    }

    /** JPQL: the organisation unit {@code unit} may be seen (see {@link #sees(OrganisationUnit)}). */
    public Where visibleUnit(String unit) {
        return visiblePlace(unit + ".adminUnit").and(organisations(unit + ".organisation.id"));
    }

    /**
     * JPQL: the territorial unit at path expression {@code place} is in scope or lies above it
     * (see {@link #coversOrContainsPlace}): what a province keeps for its communes to read.
     */
    public Where visiblePlace(String place) {
        if (unitId == null) {
            return Where.always();
        }
        List<Long> line = Arrays.stream(below.split("/")).filter(id -> id.matches("\\d+")).map(Long::valueOf)
                .toList();
        return Where.of("(" + place + ".id in :scopeLine or " + place + ".path like :scopeBelow)",
                Map.of("scopeLine", line.isEmpty() ? List.of(-1L) : line, "scopeBelow", below + "%"));
    }

    /** JPQL: the organisation id at path expression {@code organisationId} is one served. */
    public Where organisations(String organisationId) {
        if (organisationIds.isEmpty()) {
            return Where.always();
        }
        return Where.of(organisationId + " in :scopeOrganisations", Map.of("scopeOrganisations", organisationIds));
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

}
