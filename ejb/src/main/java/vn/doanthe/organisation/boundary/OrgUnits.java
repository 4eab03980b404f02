package vn.doanthe.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.organisation.entity.OrgUnitType;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.territory.boundary.UnitsMerged;
import vn.doanthe.territory.entity.AdminUnit;

/** Each organisation's tree of units: find, browse, open, rename and close units. */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class OrgUnits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Scopes scopes;

    @Inject
    Event<UnitClosing> closingObservers;

    public OrgUnitView find(Long id) {
        return OrgUnitView.of(visible(id, scopes.current()));
    }

    /**
     * Units of {@code organisationCode} (all organisations when empty) placed on the territorial
     * unit {@code adminUnitCode} or anywhere below it, shallowest first; {@code text}: words of the
     * unit's name or its place's.
     */
    public Page<OrgUnitView> search(String organisationCode, String adminUnitCode, String text, boolean includeClosed,
                                    PageRequest page) {
        Where where = scopes.current().visibleUnit("u");
        if (organisationCode != null && !organisationCode.isBlank()) {
            organisation(organisationCode.trim(), "organisation");
            where = where.and("u.organisation.code = :organisation", "organisation", organisationCode.trim());
        }
        if (adminUnitCode != null && !adminUnitCode.isBlank()) {
            AdminUnit place = currentAdminUnit(adminUnitCode.trim(), "adminUnit");
            where = where.and(Where.subtree("u.adminUnit", "place", place.getId(), place.subtreePath()));
        }
        // Each word typed, without diacritics and in any order, in the unit's name or its place's:
        // "phu nu ben gia" finds the Women's branch on Ấp Bến Giá.
        String key = VietnameseText.fold(text);
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        for (int i = 0; i < words.length; i++) {
            where = where.and("(u.nameKey like :name" + i + " or u.adminUnit.nameKey like :name" + i + ")",
                    "name" + i, "%" + LikePattern.escape(words[i]) + "%");
        }
        if (!includeClosed) {
            where = where.and("u.closedOn is null");
        }
        TypedQuery<Long> count = where.bind(em.createQuery("select count(u) from OrgUnit u where " + where.jpql(),
                Long.class));
        TypedQuery<OrgUnit> rows = where.bind(em.createQuery("select u from OrgUnit u where " + where.jpql()
                + " order by length(u.path), u.name", OrgUnit.class));
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(OrgUnitView::of).toList(), count.getSingleResult());
    }

    /** Open units in the caller's scope per organisation they serve, in catalogue order. */
    public List<UnitCount> countOpenByOrganisation() {
        Scope scope = scopes.current();
        Where inScope = scope.unit("u");
        TypedQuery<Object[]> query = em.createQuery("select u.organisation.id, count(u) from OrgUnit u"
                + " where u.closedOn is null and " + inScope.jpql() + " group by u.organisation.id", Object[].class);
        inScope.parameters().forEach(query::setParameter);
        Map<Long, Long> open = new HashMap<>();
        query.getResultList().forEach(row -> open.put((Long) row[0], (Long) row[1]));
        return em.createQuery("select o from Organisation o order by o.sortOrder", Organisation.class).getResultStream()
                .filter(o -> scope.coversOrganisation(o.getId()))
                .map(o -> new UnitCount(o.getCode(), o.getShortName(), open.getOrDefault(o.getId(), 0L))).toList();
    }

    /** The top units of an organisation's tree. */
    public List<OrgUnitView> roots(String organisationCode) {
        Scope scope = scopes.current();
        return em.createNamedQuery("OrgUnit.roots", OrgUnit.class).setParameter("organisation", organisationCode)
                .getResultStream().filter(scope::sees).map(OrgUnitView::of).toList();
    }

    public List<OrgUnitView> children(Long parentId) {
        Scope scope = scopes.current();
        return em.createNamedQuery("OrgUnit.children", OrgUnit.class).setParameter("parent", parentId)
                .getResultStream().filter(scope::sees).map(OrgUnitView::of).toList();
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public OrgUnitView create(@NotNull NewOrgUnit request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(request));
        Organisation organisation = refusals.has("organisationCode") ? null
                : refusals.check(() -> servedOrganisation(scope, request.organisationCode()));
        OrgUnitType type = organisation == null || refusals.has("type") ? null
                : refusals.check(() -> unitType(organisation, request.type()));
        AdminUnit place = refusals.has("adminUnitCode") ? null
                : refusals.check(() -> placeInScope(scope, request.adminUnitCode()));
        if (type != null && place != null && place.getLevel() != type.getAdminLevel()) {
            refusals.refuse("adminUnitCode", "organisation.error.levelMismatch", type.getName(), place.getCode());
        }
        OrgUnit parent = type == null ? null : refusals.check(() -> parent(scope, request.parentId(), type));
        if (parent != null && place != null && !refusals.has("adminUnitCode")) {
            refusals.check(() -> {
                checkPlacement(organisation, type, place, parent);
                return null;
            });
        }
        String name = refusals.has("name") ? null : refusals.check(() -> TextCheck.name("name", request.name(), 200));
        refusals.throwIfAny();
        if (siblingNamed(organisation, parent, name)) {
            throw new Conflict("name", "organisation.error.duplicateName", name);
        }
        OrgUnit unit = new OrgUnit(type, parent, place,
                name, request.establishedOn() == null ? VietnamTime.today() : request.establishedOn());
        em.persist(unit);
        em.flush(); // the view carries the id the database assigns
        return OrgUnitView.of(unit);
    }

    private Organisation servedOrganisation(Scope scope, String code) {
        Organisation organisation = organisation(code.trim(), "organisationCode");
        scope.require(scope.coversOrganisation(organisation.getId()), "Organisation", organisation.getCode(),
                () -> new InvalidInput("organisationCode", "organisation.error.notFound", code));
        return organisation;
    }

    private OrgUnitType unitType(Organisation organisation, String code) {
        return em.createNamedQuery("OrgUnitType.byCode", OrgUnitType.class)
                .setParameter("organisation", organisation.getCode()).setParameter("code", code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput("type", "organisation.error.typeNotFound", code));
    }

    private AdminUnit placeInScope(Scope scope, String code) {
        AdminUnit place = currentAdminUnit(code.trim(), "adminUnitCode");
        scope.require(scope.coversPlace(place), "AdminUnit", place.getCode(),
                () -> new InvalidInput("adminUnitCode", "territory.error.notFound", code));
        return place;
    }

    /** The unit above a new one: required unless the type is an organisation's top. */
    private OrgUnit parent(Scope scope, Long parentId, OrgUnitType type) {
        if (parentId == null) {
            if (!isTopType(type)) {
                throw new InvalidInput("parentId", "organisation.error.parentRequired", type.getName());
            }
            return null;
        }
        OrgUnit parent = em.find(OrgUnit.class, parentId);
        if (parent == null || !scope.sees(parent)) {
            throw new InvalidInput("parentId", "organisation.error.parentNotFound", parentId);
        }
        return parent;
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public OrgUnitView rename(@NotNull Long id, @NotBlank @Size(max = 200) String newName) {
        String name = TextCheck.name("name", newName, 200);
        OrgUnit unit = managed(id);
        if (!OrgUnit.nameKey(name).equals(unit.getNameKey())
                && siblingNamed(unit.getOrganisation(), unit.getParent(), name)) {
            throw new Conflict("name", "organisation.error.duplicateName", name);
        }
        unit.rename(name);
        return OrgUnitView.of(unit);
    }

    /** Closes a unit (giải thể) once every unit below it is closed. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public OrgUnitView close(@NotNull Long id, LocalDate day, @Size(max = 500) String reason) {
        String why = TextCheck.text("reason", reason, 500);
        OrgUnit unit = managed(id);
        // Locked so that no member joins it between the check and the closing (an enrolment locks it too).
        em.refresh(unit, LockModeType.PESSIMISTIC_WRITE);
        if (!unit.isOpen()) {
            throw new Conflict(null, "organisation.error.alreadyClosed", unit.getName());
        }
        if (em.createNamedQuery("OrgUnit.openChildren", Long.class).setParameter("parent", id).getSingleResult() > 0) {
            throw new Conflict(null, "organisation.error.openChildren", unit.getName());
        }
        LocalDate closing = day == null ? VietnamTime.today() : day;
        if (unit.getEstablishedOn() != null && closing.isBefore(unit.getEstablishedOn())) {
            throw new InvalidInput("day", "organisation.error.closeBeforeOpen");
        }
        closingObservers.fire(new UnitClosing(unit.getId(), unit.getName()));
        MutationContext.current().ifPresent(m -> m.reason(why));
        unit.close(closing);
        return OrgUnitView.of(unit);
    }

    /**
     * Units on territorial units that a merge closed move to where that territory went, with their
     * members: all of them must be the caller's to move (a Women's Union officer does not move the
     * Youth Union's branches, nor a commune's officer another commune's).
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public void relocate(@Observes UnitsMerged merge) {
        if (merge.successorOf().isEmpty()) {
            return;
        }
        Scope scope = scopes.current();
        if (!scope.isEverything()) {
            for (Long merged : merge.successorOf().keySet()) {
                AdminUnit unit = em.find(AdminUnit.class, merged);
                Where movedUnits = Where.subtree("u.adminUnit", "unit", unit.getId(), unit.subtreePath());
                for (OrgUnit moved : movedUnits.bind(em.createQuery("select u from OrgUnit u where "
                        + movedUnits.jpql(), OrgUnit.class)).getResultList()) {
                    if (!scope.covers(moved)) {
                        throw new AccessDenied("territory.error.mergeMovesOutsideScope", unit.getName(), moved.getName());
                    }
                }
            }
        }
        List<OrgUnit> affected = em.createNamedQuery("OrgUnit.onAdminUnits", OrgUnit.class)
                .setParameter("units", List.copyOf(merge.successorOf().keySet())).getResultList();
        for (OrgUnit unit : affected) {
            unit.moveTo(em.find(AdminUnit.class, merge.successorOf().get(unit.getAdminUnit().getId())));
        }
    }

    private void checkPlacement(Organisation organisation, OrgUnitType type, AdminUnit place, OrgUnit parent) {
        if (!parent.getOrganisation().getId().equals(organisation.getId())) {
            throw new InvalidInput("parentId", "organisation.error.otherOrganisation");
        }
        if (!parent.isOpen()) {
            throw new InvalidInput("parentId", "organisation.error.parentClosed", parent.getName());
        }
        if (parent.getType().getRank() >= type.getRank()) {
            throw new InvalidInput("type", "organisation.error.rankOrder", type.getName(), parent.getType().getName());
        }
        AdminUnit parentPlace = parent.getAdminUnit();
        if (!parentPlace.getId().equals(place.getId()) && !parentPlace.isAncestorOf(place)) {
            throw new InvalidInput("adminUnitCode", "organisation.error.outsideParent", place.getCode(), parent.getName());
        }
    }

    private boolean isTopType(OrgUnitType type) {
        Integer top = em.createQuery("select min(t.rank) from OrgUnitType t where t.organisation.id = :o", Integer.class)
                .setParameter("o", type.getOrganisation().getId()).getSingleResult();
        return top != null && top == type.getRank();
    }

    private boolean siblingNamed(Organisation organisation, OrgUnit parent, String name) {
        TypedQuery<Long> query = parent == null
                ? em.createNamedQuery("OrgUnit.rootNamed", Long.class).setParameter("organisation", organisation.getId())
                : em.createNamedQuery("OrgUnit.siblingNamed", Long.class).setParameter("parent", parent.getId());
        return query.setParameter("nameKey", OrgUnit.nameKey(name)).getSingleResult() > 0;
    }

    private OrgUnit visible(Long id, Scope scope) {
        OrgUnit unit = id == null ? null : em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new RecordNotFound("id", "organisation.error.unitNotFound", id);
        }
        scope.require(scope.sees(unit), "OrgUnit", id, () -> new RecordNotFound("id", "organisation.error.unitNotFound", id));
        return unit;
    }

    /** A unit the caller manages: in their scope, not merely above it. */
    private OrgUnit managed(Long id) {
        Scope scope = scopes.current();
        OrgUnit unit = visible(id, scope);
        if (!scope.covers(unit)) {
            throw new AccessDenied("error.accessDenied");
        }
        return unit;
    }

    private Organisation organisation(String code, String field) {
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput(field, "organisation.error.notFound", code));
    }

    private AdminUnit currentAdminUnit(String code, String field) {
        return AdminUnit.byCodeOn(em, code, VietnamTime.today())
                .orElseThrow(() -> new InvalidInput(field, "territory.error.notFound", code));
    }
}
