package vn.doanthe.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.doanthe.organisation.entity.OrgUnitType;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.mutation.Mutation;

/** The catalogue of organisations and their unit types. */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    public List<OrganisationView> all() {
        return em.createNamedQuery("Organisation.all", Organisation.class).getResultStream()
                .map(OrganisationView::of).toList();
    }

    public OrganisationView find(String code) {
        return OrganisationView.of(entity(code));
    }

    /**
     * The id of the organisation a report is narrowed to: none when {@code code} is blank; refused
     * naming {@code field}, as unknown, when no organisation has the code or the caller's scope
     * leaves it out.
     */
    public Long idInScope(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Scope scope = scopes.current();
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code.trim())
                .getResultStream().findFirst().map(Organisation::getId).filter(scope::coversOrganisation)
                .orElseThrow(() -> new InvalidInput(field, "organisation.error.notFound", code));
    }

    public List<OrgUnitTypeView> unitTypes(String organisationCode) {
        entity(organisationCode);
        return em.createNamedQuery("OrgUnitType.ofOrganisation", OrgUnitType.class)
                .setParameter("organisation", organisationCode).getResultStream().map(OrgUnitTypeView::of).toList();
    }

    @Mutation(allowed = Role.ADMIN)
    public OrganisationView create(@NotNull @Valid NewOrganisation o) {
        TextCheck.name("name", o.name(), 200);
        TextCheck.name("shortName", o.shortName(), 60);
        TextCheck.name("memberTitle", o.memberTitle(), 60);
        if (!em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", o.code())
                .getResultList().isEmpty()) {
            throw new Conflict("code", "organisation.error.duplicateCode", o.code());
        }
        Organisation organisation = new Organisation(o.code(), o.name(), o.shortName(), o.memberTitle(),
                o.meetingIntervalMonths());
        em.persist(organisation);
        em.flush(); // the view carries the id the database assigns
        return OrganisationView.of(organisation);
    }

    @Mutation(allowed = Role.ADMIN)
    public OrgUnitTypeView addUnitType(@NotNull String organisationCode, @NotNull @Valid NewUnitType t) {
        Organisation organisation = entity(organisationCode);
        TextCheck.name("name", t.name(), 150);
        if (!em.createNamedQuery("OrgUnitType.byCode", OrgUnitType.class).setParameter("organisation", organisationCode)
                .setParameter("code", t.code()).getResultList().isEmpty()) {
            throw new Conflict("code", "organisation.error.duplicateCode", t.code());
        }
        OrgUnitType type = new OrgUnitType(organisation, t.code(), t.name(), t.rank(), t.adminLevel());
        em.persist(type);
        em.flush(); // the view carries the id the database assigns
        return OrgUnitTypeView.of(type);
    }

    private Organisation entity(String code) {
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("organisation", "organisation.error.notFound", code));
    }
}
