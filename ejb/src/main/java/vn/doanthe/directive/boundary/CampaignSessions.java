package vn.doanthe.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.directive.control.CampaignFinder;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.directive.entity.CampaignSession;
import vn.doanthe.directive.entity.CampaignTarget;
import vn.doanthe.directive.entity.Opinion;
import vn.doanthe.member.boundary.BranchFigures;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;

/**
 * The sessions where branches present a campaign's summary (buổi tuyên truyền): the presenter, the
 * members present taken from the branch's roll (so that members reached are counted exactly),
 * others present, questions, and the members' opinions and proposals by topic.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class CampaignSessions {

    private static final int MAX_TEXT = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    CampaignFinder found;

    @Inject
    BranchFigures rolls;

    /** The sessions of the campaign's targets in the caller's scope, latest first. */
    public List<SessionView> of(Long campaignId) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        return em.createQuery("select s from CampaignSession s where s.campaign = :c order by s.heldOn desc, s.id desc",
                        CampaignSession.class).setParameter("c", campaign).getResultStream()
                .filter(s -> scope.covers(s.getTarget().getUnit())).map(SessionView::of).toList();
    }

    /**
     * The sessions a branch in the caller's scope held between two days (both included), by day: what
     * a meeting of the branch may name as held in it. A branch outside the scope has none.
     */
    public List<BranchSession> ofBranch(@NotNull Long orgUnitId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Scope scope = scopes.current();
        return em.createQuery("""
                        select s from CampaignSession s join fetch s.campaign c join fetch c.directive
                        where s.target.unit.id = :unit and s.heldOn between :from and :to order by s.heldOn, s.id""",
                        CampaignSession.class).setParameter("unit", orgUnitId).setParameter("from", from)
                .setParameter("to", to).getResultStream().filter(s -> scope.covers(s.getTarget().getUnit()))
                .map(s -> new BranchSession(s.getId(), s.getCampaign().getId(), s.getCampaign().getDirective().getSymbol(),
                        s.getCampaign().getDirective().getTitle(), s.getHeldOn(), s.getPresenter(),
                        s.getAttendees().size())).toList();
    }

    /**
     * Records a target's session, every mistake at once: a day after today or before the campaign
     * was issued, no presenter, a person who was not a member of the branch that day, a negative
     * count of others, an opinion without its topic or words.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public SessionView record(@NotNull Long campaignId, @NotNull NewSession request) {
        Scope scope = scopes.current();
        Campaign campaign = found.seen(scope, campaignId);
        CampaignTarget target = found.target(scope, campaign, request.orgUnitId());
        Refusals refusals = new Refusals();
        LocalDate heldOn = refusals.required("heldOn", request.heldOn());
        if (heldOn != null && heldOn.isAfter(VietnamTime.today())) {
            refusals.refuse("heldOn", "campaign.error.sessionInFuture");
        } else if (heldOn != null && heldOn.isBefore(campaign.getIssuedOn())) {
            refusals.refuse("heldOn", "campaign.error.sessionBeforeIssue", campaign.getIssuedOn());
        }
        String presenter = refusals.check(() -> TextCheck.name("presenter", request.presenter(), 200));
        int others = request.othersPresent() == null ? 0 : request.othersPresent();
        if (others < 0) {
            refusals.refuse("othersPresent", "validation.between", 0, 100_000);
        }
        String questions = refusals.check(() -> TextCheck.paragraphs("questions", request.questions(), MAX_TEXT));
        List<Opinion> opinions = opinions(refusals, request.opinions());
        Set<Long> attendees = request.attendees() == null ? Set.of() : request.attendees().stream()
                .filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        if (heldOn != null && !attendees.isEmpty()) {
            Set<Long> onRoll = rolls.onRoll(target.getUnit().getId(), heldOn, attendees);
            List<Long> strangers = attendees.stream().filter(id -> !onRoll.contains(id)).toList();
            if (!strangers.isEmpty()) {
                refusals.refuse("attendees", "campaign.error.notMembers", strangers.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
            }
        }
        refusals.throwIfAny();
        Set<Person> present = attendees.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                "select p from Person p where p.id in :ids", Person.class).setParameter("ids", List.copyOf(attendees))
                .getResultList());
        CampaignSession session = new CampaignSession(target, heldOn, presenter, present, others,
                questions == null || questions.isEmpty() ? null : questions, opinions);
        em.persist(session);
        em.flush(); // the view carries the id the database assigns
        return SessionView.of(session);
    }

    private static List<Opinion> opinions(Refusals refusals, List<NewSession.Topic> given) {
        List<Opinion> opinions = new ArrayList<>();
        List<NewSession.Topic> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            NewSession.Topic opinion = all.get(i);
            if (opinion == null) {
                continue;
            }
            String prefix = "opinions[" + i + "].";
            String topic = refusals.check(() -> TextCheck.name(prefix + "topic", opinion.topic(), 200));
            String text = refusals.check(() -> TextCheck.paragraphs(prefix + "text", opinion.text(), MAX_TEXT));
            if (!refusals.has(prefix + "text") && (text == null || text.isEmpty())) {
                refusals.refuse(prefix + "text", "validation.required");
            }
            if (topic != null && text != null && !text.isEmpty()) {
                opinions.add(new Opinion(topic, text));
            }
        }
        return opinions;
    }
}
