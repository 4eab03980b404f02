package vn.doanthe.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.directive.control.CampaignFigures;
import vn.doanthe.directive.control.CampaignFigures.Figures;
import vn.doanthe.directive.control.CampaignFinder;
import vn.doanthe.directive.control.CampaignOpinions;
import vn.doanthe.directive.control.DirectiveFinder;
import vn.doanthe.directive.control.TargetFigures;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.directive.entity.CampaignTarget;
import vn.doanthe.directive.entity.Directive;
import vn.doanthe.directive.entity.DirectiveSummary;
import vn.doanthe.directive.entity.SummaryState;
import vn.doanthe.organisation.entity.Organisation;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Dissemination campaigns (đợt tuyên truyền): a level passes a document's approved summary to every
 * branch of some organisations in its territory by a deadline; each branch acknowledges the exact
 * version it will present; the levels above follow how far it has come, down to members reached.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Campaigns {

    /** The most targets a list shows: a district's branches; the progress counts them all. */
    private static final int MOST_TARGETS = 2000;

    /** The levels below report a week after the deadline unless the campaign says when. */
    private static final int DAYS_TO_REPORT = 7;

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
    DirectiveFinder directives;

    @Inject
    CampaignFinder found;

    @Inject
    CampaignFigures figures;

    @Inject
    CampaignOpinions opinionsOf;

    @Inject
    TargetFigures targetFigures;

    /** The campaigns of a document the caller reads, latest first. */
    public List<CampaignView> ofDirective(Long directiveId) {
        Scope scope = scopes.current();
        Directive directive = directives.seen(scope, directiveId);
        return em.createQuery("select c from Campaign c where c.directive = :d order by c.id desc", Campaign.class)
                .setParameter("d", directive).getResultStream()
                .filter(c -> DirectiveFinder.sees(scope, c.getTerritory())).map(CampaignView::of).toList();
    }

    public CampaignView find(Long id) {
        return CampaignView.of(found.seen(scopes.current(), id));
    }

    /**
     * Issues a campaign: every lowest open unit of the organisations in the territory today becomes
     * a target, written in one statement. Refused, every mistake at once: a summary not approved, a
     * deadline in the past, an organisation the caller does not serve.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public CampaignView issue(@NotNull NewCampaign request) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        if (request.directiveId() == null) {
            throw new InvalidInput("directiveId", "validation.required");
        }
        Directive directive = directives.seen(scope, request.directiveId());
        Refusals refusals = new Refusals();
        DirectiveSummary summary = refusals.check(() -> approvedSummary(scope, directive, request.summaryId()));
        if (request.unit() == null || request.unit().isBlank()) {
            refusals.refuse("unit", "validation.required");
        }
        AdminUnit territory = request.unit() == null || request.unit().isBlank() ? null
                : refusals.check(() -> places.place(scope, request.unit(), today));
        Set<Organisation> organisations = refusals.check(() -> organisations(scope, request.organisations()));
        refusals.required("deadline", request.deadline());
        if (request.deadline() != null && request.deadline().isBefore(today)) {
            refusals.refuse("deadline", "campaign.error.deadlinePast");
        }
        LocalDate reportDue = request.reportDue() != null ? request.reportDue()
                : request.deadline() == null ? null : request.deadline().plusDays(DAYS_TO_REPORT);
        if (request.reportDue() != null && request.deadline() != null && reportDue.isBefore(request.deadline())) {
            refusals.refuse("reportDue", "campaign.error.reportBeforeDeadline");
        }
        refusals.required("form", request.form());
        refusals.throwIfAny();
        Campaign campaign = new Campaign(summary, territory, organisations, request.deadline(), reportDue, request.form(),
                today);
        em.persist(campaign);
        em.flush(); // the targets refer to the id the database assigns
        String ids = organisations.stream().map(o -> o.getId().toString()).collect(Collectors.joining(","));
        campaign.reached(found.writeTargets(campaign, ids, territory, today));
        targetFigures.issued(campaign.getId());
        return CampaignView.of(campaign);
    }

    /**
     * A target acknowledges the summary version it will present: the campaign's, or an approved
     * adaptation of the document written at its level or above it. A superseded version: 409; a
     * unit that is not a target: 400; the same unit again: 409.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public AcknowledgementView acknowledge(@NotNull Long campaignId, Long orgUnitId, Long summaryId) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        CampaignTarget target = found.target(scope, campaign, orgUnitId);
        if (target.getAcknowledged() != null) {
            throw new Conflict("orgUnitId", "campaign.error.acknowledged", target.getAcknowledgedOn());
        }
        if (summaryId == null) {
            throw new InvalidInput("summaryId", "validation.required");
        }
        DirectiveSummary version = directives.summary(scope, summaryId);
        if (!version.getDirective().equals(campaign.getDirective())) {
            throw new InvalidInput("summaryId", "campaign.error.otherDocument");
        }
        if (version.getState() == SummaryState.SUPERSEDED) {
            throw new Conflict("summaryId", "campaign.error.superseded", version.getVersionNo());
        }
        if (version.getState() != SummaryState.APPROVED) {
            throw new InvalidInput("summaryId", "campaign.error.summaryNotApproved");
        }
        AdminUnit level = version.getLevel();
        AdminUnit place = target.getPlace();
        if (level != null && !level.equals(place) && !place.getPath().startsWith(level.subtreePath())) {
            throw new InvalidInput("summaryId", "campaign.error.summaryOfOtherLevel", level.getName());
        }
        target.acknowledge(version, VietnamTime.today(), callers.current().username());
        return AcknowledgementView.of(target);
    }

    /**
     * How far the campaign has come under {@code unit} (a territorial code in the caller's scope; by
     * default the campaign's territory, or the caller's own unit within it), and for each unit below.
     */
    public CampaignProgress progress(Long campaignId, String unit) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        LocalDate today = VietnamTime.today();
        AdminUnit place = found.shownPlace(scope, campaign, unit);
        Map<String, Figures> byChild = figures.under(campaign, place, scope);
        boolean late = today.isAfter(campaign.getDeadline());
        Figures whole = CampaignFigures.of(byChild, CampaignFigures.WHOLE);
        List<AdminUnitView> below = adminUnits.children(place.getId(), today);
        return new CampaignProgress(place.getCode(), place.getName(), whole.targets(), whole.acknowledged(),
                whole.sessionsHeld(), whole.membersReached(), whole.members(), overdue(whole, late), below.stream()
                .map(child -> {
                    Figures f = CampaignFigures.of(byChild, child.id().toString());
                    return new CampaignProgress.Child(child.code(), child.name(), f.targets(), f.acknowledged(),
                            f.sessionsHeld(), f.membersReached(), f.members(), overdue(f, late));
                }).toList());
    }

    /**
     * The completion under {@code unit} (as for the progress), every level down to the branches'
     * units, as the tree view and its XLSX export show it.
     */
    public CampaignCompletion completion(Long campaignId, String unit) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        AdminUnit place = found.shownPlace(scope, campaign, unit);
        boolean late = VietnamTime.today().isAfter(campaign.getDeadline());
        Map<Long, Figures> tree = figures.tree(campaign, place, scope);
        Figures whole = CampaignFigures.of(figures.under(campaign, place, scope), CampaignFigures.WHOLE);
        Map<Long, List<AdminUnit>> children = new HashMap<>();
        if (!tree.isEmpty()) {
            em.createQuery("select a from AdminUnit a where a.id in :ids order by a.code", AdminUnit.class)
                    .setParameter("ids", tree.keySet()).getResultStream()
                    .forEach(a -> children.computeIfAbsent(a.getParent().getId(), k -> new ArrayList<>()).add(a));
        }
        List<CampaignCompletion.Row> rows = new ArrayList<>();
        rows.add(row(place, 0, whole, late));
        addBelow(place, 1, children, tree, late, rows);
        Directive directive = campaign.getDirective();
        return new CampaignCompletion(campaign.getId(), directive.getSymbol(), directive.getTitle(), campaign.getDeadline(),
                rows);
    }

    private static void addBelow(AdminUnit parent, int depth, Map<Long, List<AdminUnit>> children,
                                 Map<Long, Figures> tree, boolean late, List<CampaignCompletion.Row> rows) {
        for (AdminUnit child : children.getOrDefault(parent.getId(), List.of())) {
            rows.add(row(child, depth, tree.get(child.getId()), late));
            addBelow(child, depth + 1, children, tree, late, rows);
        }
    }

    private static CampaignCompletion.Row row(AdminUnit unit, int depth, Figures f, boolean late) {
        return new CampaignCompletion.Row(unit.getCode(), unit.getName(), unit.getLevel(), depth, f.targets(),
                f.acknowledged(), f.sessionsHeld(), f.membersReached(), f.members(), overdue(f, late));
    }

    /** The members' opinions under {@code unit} (as for the progress) by topic, headed by the figures. */
    public OpinionDigest opinions(Long campaignId, String unit) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        AdminUnit place = found.shownPlace(scope, campaign, unit);
        Figures whole = CampaignFigures.of(figures.under(campaign, place, scope), CampaignFigures.WHOLE);
        List<OpinionDigest.Topic> topics = opinionsOf.topics(campaign, place, scope);
        Directive directive = campaign.getDirective();
        return new OpinionDigest(campaign.getId(), directive.getSymbol(), directive.getTitle(), campaign.getDeadline(),
                place.getCode(), place.described(), whole.targets(), whole.sessionsHeld(), whole.membersReached(),
                whole.members(), topics.stream().mapToLong(OpinionDigest.Topic::count).sum(), topics);
    }

    /** The targets under {@code unit} (as for the progress) in the caller's scope, by place and name; at most 2,000. */
    public List<TargetView> targets(Long campaignId, String unit) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        AdminUnit place = found.shownPlace(scope, campaign, unit);
        Where where = Where.of("t.campaign = :campaign", Map.of("campaign", campaign)).and(scope.unit("t.unit"))
                .and(Where.subtree("t.place", "place", place.getId(), place.subtreePath()));
        Map<Long, Long> sessions = new HashMap<>();
        em.createQuery("select s.target.id, count(s) from CampaignSession s where s.campaign = :campaign"
                        + " group by s.target.id", Object[].class).setParameter("campaign", campaign).getResultStream()
                .forEach(row -> sessions.put((Long) row[0], (Long) row[1]));
        return where.bind(em.createQuery("select t from CampaignTarget t where " + where.jpql()
                        + " order by t.place.path, t.place.id, t.unit.name, t.id", CampaignTarget.class))
                .setMaxResults(MOST_TARGETS).getResultStream().map(t -> new TargetView(t.getUnit().getId(),
                        t.getUnit().getName(), t.getPlace().described(),
                        t.getAcknowledged() == null ? null : t.getAcknowledged().getId(),
                        t.getAcknowledged() == null ? null : t.getAcknowledged().getVersionNo(), t.getAcknowledgedOn(),
                        sessions.getOrDefault(t.getId(), 0L))).toList();
    }

    private static long overdue(Figures figures, boolean late) {
        return late ? figures.targets() - figures.sessionsHeld() : 0;
    }

    private DirectiveSummary approvedSummary(Scope scope, Directive directive, Long summaryId) {
        if (summaryId == null) {
            throw new InvalidInput("summaryId", "validation.required");
        }
        DirectiveSummary summary = directives.summary(scope, summaryId);
        if (!summary.getDirective().equals(directive)) {
            throw new InvalidInput("summaryId", "campaign.error.otherDocument");
        }
        if (summary.getState() != SummaryState.APPROVED) {
            throw new InvalidInput("summaryId", "campaign.error.summaryNotApproved");
        }
        return summary;
    }

    /** The organisations named, each one the caller serves; none named or one not found: refused naming the list. */
    private Set<Organisation> organisations(Scope scope, List<String> codes) {
        List<String> named = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::trim).distinct().toList();
        if (named.isEmpty()) {
            throw new InvalidInput("organisations", "validation.required");
        }
        Set<Organisation> found = new LinkedHashSet<>();
        for (String code : named) {
            Organisation organisation = em.createNamedQuery("Organisation.byCode", Organisation.class)
                    .setParameter("code", code).getResultStream().findFirst()
                    .filter(o -> scope.coversOrganisation(o.getId()))
                    .orElseThrow(() -> new InvalidInput("organisations", "organisation.error.notFound", code));
            found.add(organisation);
        }
        return found;
    }
}
