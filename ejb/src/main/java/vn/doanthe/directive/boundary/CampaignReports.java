package vn.doanthe.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.directive.control.CampaignFigures;
import vn.doanthe.directive.control.CampaignFigures.Figures;
import vn.doanthe.directive.control.CampaignFinder;
import vn.doanthe.directive.control.CampaignOpinions;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.directive.entity.CampaignReport;
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
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The consolidated reports of a campaign (báo cáo tổng hợp): each level below the campaign's
 * territory down to the communes sends one to the level above by the campaign's due date, with the
 * figures and opinions under it as they stand that day; the level above sees who has sent it.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class CampaignReports {

    private static final int MAX_NOTE = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    PlaceInScope places;

    @Inject
    AdminUnits adminUnits;

    @Inject
    CampaignFinder found;

    @Inject
    CampaignFigures figures;

    @Inject
    CampaignOpinions opinions;

    /**
     * Sends the level's report, once: a level that does not report (the territory itself, a hamlet,
     * a unit outside it) 400 naming {@code unit}; a report already sent, 409; an officer serving only
     * some of the campaign's organisations cannot speak for the level, 403.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public ReportView submit(@NotNull Long campaignId, @NotNull NewReport request) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        LocalDate today = VietnamTime.today();
        Refusals refusals = new Refusals();
        AdminUnit place = refusals.check(() -> reportingPlace(scope, campaign, request.unit(), today));
        String note = refusals.check(() -> TextCheck.paragraphs("note", request.note(), MAX_NOTE));
        refusals.throwIfAny();
        if (!scope.coversOrganisations(campaign.getOrganisations().stream().map(Organisation::getId)
                .collect(Collectors.toSet()))) {
            throw new AccessDenied("campaign.error.reportOrganisations");
        }
        CampaignReport sent = reportOf(campaign, place);
        if (sent != null) {
            throw new Conflict("unit", "campaign.error.reported", sent.getSubmittedOn());
        }
        Figures f = CampaignFigures.of(figures.under(campaign, place, scope), CampaignFigures.WHOLE);
        long said = opinions.topics(campaign, place, scope).stream().mapToLong(t -> t.count()).sum();
        CampaignReport report = new CampaignReport(campaign, place, today, callers.current().username(),
                note == null || note.isEmpty() ? null : note,
                new long[] {f.targets(), f.acknowledged(), f.sessionsHeld(), f.membersReached(), f.members()}, said);
        em.persist(report);
        em.flush(); // a second report sent at the same moment breaks the unique key here, inside the command
        return ReportView.of(place.getCode(), place.getName(), campaign.getReportDue(), report, today);
    }

    /** The reports seen from {@code unit} (as for the progress): its own and those of the levels directly below it. */
    public ReportsView reports(Long campaignId, String unit) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        AdminUnit place = found.shownPlace(scope, campaign, unit);
        LocalDate today = VietnamTime.today();
        LocalDate due = campaign.getReportDue();
        Map<Long, CampaignReport> sent = new HashMap<>();
        em.createQuery("select r from CampaignReport r where r.campaign = :c and (r.place = :p or r.place.parent = :p)",
                        CampaignReport.class).setParameter("c", campaign).setParameter("p", place).getResultStream()
                .forEach(r -> sent.put(r.getPlace().getId(), r));
        ReportView own = reports(campaign, place)
                ? ReportView.of(place.getCode(), place.getName(), due, sent.get(place.getId()), today) : null;
        List<ReportView> below = place.getLevel() == AdminLevel.COMMUNE ? List.of()
                : adminUnits.children(place.getId(), today).stream().filter(child -> child.level() != AdminLevel.HAMLET)
                .map(child -> ReportView.of(child.code(), child.name(), due, sent.get(child.id()), today)).toList();
        return new ReportsView(campaign.getId(), place.getCode(), place.getName(), due, own, below);
    }

    /** The level named, in the scope (outside it: 404), when it is one that reports. */
    private AdminUnit reportingPlace(Scope scope, Campaign campaign, String unit, LocalDate today) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInput("unit", "validation.required");
        }
        AdminUnit place = places.place(scope, unit, today);
        if (!reports(campaign, place)) {
            throw new InvalidInput("unit", "campaign.error.reportUnit", place.getName());
        }
        return place;
    }

    /** A level reports when it lies below the campaign's territory and is not a hamlet. */
    private static boolean reports(Campaign campaign, AdminUnit place) {
        return place.getLevel() != AdminLevel.HAMLET && !place.equals(campaign.getTerritory())
                && place.getPath().startsWith(campaign.getTerritory().subtreePath());
    }

    private CampaignReport reportOf(Campaign campaign, AdminUnit place) {
        return em.createQuery("select r from CampaignReport r where r.campaign = :c and r.place = :p", CampaignReport.class)
                .setParameter("c", campaign).setParameter("p", place).getResultStream().findFirst().orElse(null);
    }
}
