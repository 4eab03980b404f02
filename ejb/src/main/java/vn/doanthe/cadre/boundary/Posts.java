package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.doanthe.cadre.control.WholeProvince;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.organisation.entity.OrgUnitType;
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
import vn.doanthe.platform.mutation.Mutation;

/**
 * The posts of each organisation's units (chức vụ), as data: an administrator of an organisation
 * adds a post, renames it, gives it a term or none, says whether one person holds it at a time,
 * and retires it (a post in use is never deleted: its holdings keep it).
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Posts {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    WholeProvince wholeProvince;

    /** The posts of the organisation (a code), or of every organisation served when none is named. */
    public List<PostTypeView> list(String organisationCode) {
        Scope scope = scopes.current();
        return em.createQuery("select t from PostType t where (:organisation is null or t.organisation.code = :organisation)"
                        + " order by t.organisation.sortOrder, t.unitType.rank, t.unitType.code, t.sortOrder, t.name",
                        PostType.class)
                .setParameter("organisation", organisationCode == null || organisationCode.isBlank() ? null
                        : organisationCode.trim())
                .getResultStream().filter(t -> scope.coversOrganisation(t.getOrganisation().getId()))
                .map(PostTypeView::of).toList();
    }

    /** The post types of a unit type in use, for the console's choice of post in a unit. */
    public List<PostTypeView> ofUnitType(Long unitTypeId) {
        return em.createNamedQuery("PostType.ofUnitType", PostType.class).setParameter("unitType", unitTypeId)
                .getResultStream().map(PostTypeView::of).toList();
    }

    @Mutation(allowed = Role.ADMIN)
    public PostTypeView create(@NotNull NewPostType request) {
        Scope scope = wholeTerritory();
        Refusals refusals = new Refusals();
        String code = refusals.required("code", request.code());
        if (code != null && !code.trim().matches(CODE)) {
            refusals.refuse("code", "cadre.error.postCode");
        }
        String name = refusals.check(() -> TextCheck.name("name", request.name(), 150));
        refusals.required("organisation", request.organisation());
        OrgUnitType unitType = request.organisation() == null ? null : refusals.check(() -> unitType(scope,
                request.organisation().trim(), request.unitType()));
        refusals.required("rank", request.rank());
        checkTerm(refusals, request.termMonths());
        refusals.throwIfAny();
        if (!em.createNamedQuery("PostType.byCode", PostType.class).setParameter("code", code.trim()).getResultList()
                .isEmpty()) {
            throw new Conflict("code", "organisation.error.duplicateCode", code.trim());
        }
        PostType post = new PostType(code.trim(), unitType, name, request.rank(),
                Boolean.TRUE.equals(request.singleHolder()), request.termMonths());
        em.persist(post);
        return PostTypeView.of(post);
    }

    @Mutation(allowed = Role.ADMIN)
    public PostTypeView change(@NotNull String code, @NotNull PostTypeChange change) {
        wholeTerritory();
        PostType post = entity(code);
        Refusals refusals = new Refusals();
        String name = refusals.check(() -> TextCheck.name("name", change.name(), 150));
        refusals.required("rank", change.rank());
        checkTerm(refusals, change.termMonths());
        refusals.throwIfAny();
        boolean single = Boolean.TRUE.equals(change.singleHolder());
        if (single && !post.isSingleHolder() && sharedNow(post)) {
            throw new Conflict("singleHolder", "cadre.error.heldBySeveral", post.getName());
        }
        post.change(name, change.rank(), single, change.termMonths(), !Boolean.FALSE.equals(change.active()));
        return PostTypeView.of(post);
    }

    private Scope wholeTerritory() {
        return wholeProvince.require(scopes.current(), "cadre.error.postsOfProvince");
    }

    private static void checkTerm(Refusals refusals, Integer termMonths) {
        if (termMonths != null && (termMonths < 1 || termMonths > 120)) {
            refusals.refuse("termMonths", "validation.between", 1, 120);
        }
    }

    /** Whether two persons hold the post in one unit somewhere today. */
    private boolean sharedNow(PostType post) {
        return !em.createQuery("""
                        select h.unit.id from PostHolding h where h.post = :post and (h.to is null or h.to >= :today)
                        group by h.unit.id having count(h) > 1""", Long.class)
                .setParameter("post", post).setParameter("today", VietnamTime.today()).setMaxResults(1).getResultList().isEmpty();
    }

    private OrgUnitType unitType(Scope scope, String organisation, String code) {
        List<OrgUnitType> types = em.createNamedQuery("OrgUnitType.byCode", OrgUnitType.class)
                .setParameter("organisation", organisation).setParameter("code", code == null ? "" : code.trim())
                .getResultList();
        if (types.isEmpty()) {
            throw new InvalidInput("unitType", "cadre.error.unitTypeNotFound", code,
                    organisation);
        }
        OrgUnitType type = types.get(0);
        scope.require(scope.coversOrganisation(type.getOrganisation().getId()), "Organisation", organisation,
                () -> new InvalidInput("organisation", "organisation.error.notFound",
                        organisation));
        return type;
    }

    private PostType entity(String code) {
        Scope scope = scopes.current();
        PostType post = em.createNamedQuery("PostType.byCode", PostType.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("code", "cadre.error.postNotFound", code));
        scope.require(scope.coversOrganisation(post.getOrganisation().getId()), "PostType", code,
                () -> new RecordNotFound("code", "cadre.error.postNotFound", code));
        return post;
    }
}
