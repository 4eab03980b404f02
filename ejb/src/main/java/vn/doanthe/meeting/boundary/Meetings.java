package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.directive.boundary.BranchSession;
import vn.doanthe.directive.boundary.CampaignSessions;
import vn.doanthe.meeting.control.MeetingFigures;
import vn.doanthe.meeting.control.MeetingFinder;
import vn.doanthe.meeting.control.TasksToFollow;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.MeetingType;
import vn.doanthe.meeting.entity.RollCall;
import vn.doanthe.member.boundary.BranchFigures;
import vn.doanthe.organisation.boundary.UnitInScope;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;

/**
 * Branch meetings (sinh hoạt chi hội, chi đoàn): recorded by the branch's officers with their
 * agenda, the roll call taken from the branch's members of the day, and the attendance counted on
 * that roll.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Meetings {

    static final int MAX_AGENDA_ITEMS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    UnitInScope units;

    @Inject
    MeetingFinder found;

    @Inject
    MeetingFigures figures;

    @Inject
    BranchFigures rolls;

    @Inject
    CampaignSessions sessions;

    @Inject
    TasksToFollow toFollow;

    /**
     * Records a meeting held, every mistake at once: no branch (or one outside the scope), no type,
     * no day or a day after today, texts too long or holding control characters, too many agenda
     * items.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MeetingView record(@NotNull NewMeeting request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        OrgUnit unit = refusals.check(() -> units.open(scope, "orgUnitId", request.orgUnitId(), null));
        MeetingType type = refusals.required("type", request.type());
        LocalDate heldOn = refusals.required("heldOn", request.heldOn());
        if (heldOn != null && heldOn.isAfter(VietnamTime.today())) {
            refusals.refuse("heldOn", "meeting.error.heldInFuture");
        } else if (heldOn != null && unit != null && unit.getEstablishedOn() != null
                && heldOn.isBefore(unit.getEstablishedOn())) {
            refusals.refuse("heldOn", "meeting.error.beforeEstablished", unit.getEstablishedOn());
        }
        String venue = refusals.check(() -> TextCheck.text("place", request.venue(), 300));
        String chair = refusals.check(() -> TextCheck.text("chair", request.chair(), 200));
        String secretary = refusals.check(() -> TextCheck.text("secretary", request.secretary(), 200));
        String guests = refusals.check(() -> TextCheck.text("guests", request.guests(), 1000));
        List<String> agenda = agenda(refusals, request.agenda());
        refusals.throwIfAny();
        Meeting meeting = new Meeting(unit, type, request.plannedOn(), heldOn);
        meeting.describe(blankless(venue), blankless(chair), blankless(secretary), blankless(guests), agenda);
        em.persist(meeting);
        figures.recount(meeting); // flushed first: the view carries the id the database assigns
        return view(meeting, false);
    }

    /**
     * Takes the roll call, replacing one taken before: each line a member of the branch on the day
     * held (active, or working away and come all the same) and their state. Persons who were not
     * are refused together, naming {@code personId}; so are lines without a person or a state and a
     * person called twice. Minutes adopted are no longer changed (409).
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MeetingView callRoll(@NotNull Long id, List<RollLine> lines) {
        Scope scope = scopes.current();
        Meeting meeting = found.seen(scope, id);
        if (meeting.isAdopted()) {
            throw new Conflict("id", "meeting.error.adopted");
        }
        List<RollLine> given = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
        Refusals refusals = new Refusals();
        if (given.stream().anyMatch(line -> line.personId() == null)) {
            refusals.refuse("personId", "validation.required");
        }
        if (given.stream().anyMatch(line -> line.state() == null)) {
            refusals.refuse("state", "validation.required");
        }
        Set<Long> persons = new LinkedHashSet<>();
        Set<Long> twice = new LinkedHashSet<>();
        given.stream().map(RollLine::personId).filter(Objects::nonNull).forEach(p -> {
            if (!persons.add(p)) {
                twice.add(p);
            }
        });
        Set<Long> onRoll = rolls.onRoll(meeting.getUnit().getId(), meeting.getHeldOn(), persons);
        List<Long> strangers = persons.stream().filter(p -> !onRoll.contains(p)).toList();
        if (!strangers.isEmpty()) {
            refusals.refuse("personId", "meeting.error.notMembers", joined(strangers));
        } else if (!twice.isEmpty()) {
            refusals.refuse("personId", "meeting.error.calledTwice", joined(twice));
        }
        refusals.throwIfAny();
        meeting.callRoll(given.stream().map(line -> new RollCall(line.personId(), line.state())).toList());
        figures.recount(meeting);
        return view(meeting, true);
    }

    /** Refuses a meeting out of the caller's sight (404), without building its view. */
    public void requireSeen(@NotNull Long id) {
        found.seen(scopes.current(), id);
    }

    /** A meeting with its attendance and the roll of its day. */
    public MeetingView find(@NotNull Long id) {
        return view(found.seen(scopes.current(), id), true);
    }

    /** A branch's meetings in a year, latest first, each with its attendance. */
    public List<MeetingView> ofUnit(Long orgUnitId, Integer year) {
        Scope scope = scopes.current();
        if (orgUnitId == null) {
            throw new InvalidInput("orgUnitId", "validation.required");
        }
        OrgUnit unit = em.find(OrgUnit.class, orgUnitId);
        scope.require(unit != null && scope.covers(unit), "OrgUnit", orgUnitId,
                () -> new InvalidInput("orgUnitId", "organisation.error.unitNotFound"));
        int shown = year == null ? VietnamTime.today().getYear() : year;
        List<Meeting> found = em.createQuery("""
                        select m from Meeting m where m.unit = :unit and m.heldOn between :from and :to
                        order by m.heldOn desc, m.id desc""", Meeting.class).setParameter("unit", unit)
                .setParameter("from", LocalDate.of(shown, 1, 1)).setParameter("to", LocalDate.of(shown, 12, 31))
                .setHint(MeetingFinder.BATCH, "m.agenda").setHint(MeetingFinder.BATCH, "m.campaignSessionIds")
                .setHint(MeetingFinder.BATCH_TYPE, "IN").getResultList();
        BigDecimal minimum = figures.minimum(unit);
        return found.stream().map(m -> MeetingView.of(m, MeetingFigures.Attendance.asRead(m), minimum, List.of(), List.of(),
                null, List.of())).toList();
    }

    /**
     * Names a campaign session the branch held that day as held in this meeting (its directive
     * presented there). Another branch's session, or one of another day, is refused naming
     * {@code sessionId}; one already named by another meeting is a conflict.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MeetingView holdSession(@NotNull Long id, Long sessionId) {
        Meeting meeting = found.seen(scopes.current(), id);
        if (meeting.isAdopted()) {
            throw new Conflict("id", "meeting.error.adopted");
        }
        if (sessionId == null) {
            throw new InvalidInput("sessionId", "validation.required");
        }
        if (sessionsOfTheDay(meeting).stream().noneMatch(s -> s.sessionId().equals(sessionId))) {
            throw new InvalidInput("sessionId", "meeting.error.sessionNotHere");
        }
        if (!meeting.getCampaignSessionIds().contains(sessionId) && !em.createQuery(
                "select m.id from Meeting m join m.campaignSessionIds s where s = :session", Long.class)
                .setParameter("session", sessionId).getResultList().isEmpty()) {
            throw new Conflict("sessionId", "meeting.error.sessionElsewhere");
        }
        meeting.heldSession(sessionId);
        return view(meeting, true);
    }

    private List<BranchSession> sessionsOfTheDay(Meeting meeting) {
        return sessions.ofBranch(meeting.getUnit().getId(), meeting.getHeldOn(), meeting.getHeldOn());
    }

    private MeetingView view(Meeting meeting, boolean withRoll) {
        List<BranchSession> held = !withRoll || meeting.getCampaignSessionIds().isEmpty() ? List.of()
                : sessionsOfTheDay(meeting).stream().filter(s -> meeting.getCampaignSessionIds().contains(s.sessionId()))
                .toList();
        return MeetingView.of(meeting, figures.of(meeting), figures.minimum(meeting.getUnit()),
                withRoll ? figures.roll(meeting) : List.of(), held, withRoll ? MinutesView.of(meeting) : null,
                withRoll ? toFollow.of(meeting) : List.of());
    }

    private static List<String> agenda(Refusals refusals, List<String> given) {
        List<String> items = new ArrayList<>();
        List<String> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            String field = "agenda[" + i + "]";
            String typed = all.get(i);
            String item = refusals.check(() -> TextCheck.text(field, typed, 500));
            if (item != null && !item.isEmpty()) {
                items.add(item);
            }
        }
        if (items.size() > MAX_AGENDA_ITEMS) {
            refusals.refuse("agenda", "meeting.error.agendaTooLong", MAX_AGENDA_ITEMS);
        }
        return items;
    }

    private static String blankless(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String joined(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String joined(List<Long> ids) {
        return joined(new LinkedHashSet<>(ids));
    }
}
