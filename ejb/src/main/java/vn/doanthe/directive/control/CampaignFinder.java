package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.directive.entity.CampaignTarget;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A campaign as the caller may see it (the levels of its territory, the levels above and below it,
 * as its document is read), its targets, and the statement that writes them: the lowest open
 * units of its organisations in its territory on the day it is issued.
 */
@Dependent
public class CampaignFinder {

    private static final String TARGETS = """
            INSERT INTO campaign_target (campaign_id, org_unit_id, admin_unit_id)
            SELECT ?1, u.id, u.admin_unit_id FROM org_unit u JOIN admin_unit a ON a.id = u.admin_unit_id
             WHERE u.organisation_id IN (%s) AND (a.id = ?2 OR a.path LIKE ?3)
               AND (u.closed_on IS NULL OR u.closed_on >= ?4) AND (u.established_on IS NULL OR u.established_on <= ?4)
               AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id
                                  AND (c.closed_on IS NULL OR c.closed_on >= ?4)
                                  AND (c.established_on IS NULL OR c.established_on <= ?4))""";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlaceInScope places;

    @Inject
    Callers callers;

    /**
     * The unit a campaign's figures are shown under: the one named (a code in the scope), or the
     * campaign's territory when the scope covers it, or the caller's own unit.
     */
    public AdminUnit shownPlace(Scope scope, Campaign campaign, String unit) {
        AdminUnit place = places.place(scope, unit, VietnamTime.today());
        if (place != null) {
            return place;
        }
        Long own = callers.current().scopeUnitId();
        return scope.coversPlace(campaign.getTerritory()) || own == null ? campaign.getTerritory()
                : em.find(AdminUnit.class, own);
    }

    public Campaign seen(Scope scope, Long id) {
        Campaign campaign = id == null ? null : em.find(Campaign.class, id);
        if (campaign == null) {
            throw new RecordNotFound("id", "campaign.error.notFound", id);
        }
        scope.require(DirectiveFinder.sees(scope, campaign.getTerritory()), "Campaign", id,
                () -> new RecordNotFound("id", "campaign.error.notFound", id));
        return campaign;
    }

    /** The campaign's target {@code orgUnitId}, in the caller's scope: not a target, 400; outside the scope, 404. */
    public CampaignTarget target(Scope scope, Campaign campaign, Long orgUnitId) {
        if (orgUnitId == null) {
            throw new InvalidInput("orgUnitId", "validation.required");
        }
        CampaignTarget target = em.createQuery("select t from CampaignTarget t where t.campaign = :c and t.unit.id = :u",
                CampaignTarget.class).setParameter("c", campaign).setParameter("u", orgUnitId).getResultStream()
                .findFirst().orElseThrow(() -> new InvalidInput("orgUnitId", "campaign.error.notTarget", orgUnitId));
        OrgUnit unit = target.getUnit();
        scope.require(scope.covers(unit), "CampaignTarget", orgUnitId,
                () -> new RecordNotFound("orgUnitId", "organisation.error.unitNotFound", orgUnitId));
        return target;
    }

    /** Writes the campaign's targets; how many. */
    public int writeTargets(Campaign campaign, String organisationIds, AdminUnit territory, LocalDate day) {
        return em.createNativeQuery(TARGETS.formatted(organisationIds)).setParameter(1, campaign.getId())
                .setParameter(2, territory.getId()).setParameter(3, territory.subtreePath() + "%")
                .setParameter(4, Date.valueOf(day)).executeUpdate();
    }
}
