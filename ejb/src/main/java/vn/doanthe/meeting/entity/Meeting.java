package vn.doanthe.meeting.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
import vn.doanthe.platform.mutation.Derived;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A meeting of a branch (buổi sinh hoạt): its type, the day planned and the day held, where, who
 * chaired it and took the minutes, the guests, its agenda, and the roll call of its members.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "admin_unit_id", nullable = false, updatable = false)
    private AdminUnit place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingType type;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 300)
    private String venue;

    @Column(length = 200)
    private String chair;

    @Column(length = 200)
    private String secretary;

    @Column(length = 1000)
    private String guests;

    @Column
    private String discussion;

    @Column(name = "dues_collected")
    private Long duesCollected;

    @Column(name = "roll_taken_at")
    private LocalDateTime rollTakenAt;

    /** When a command last changed the meeting; also what makes two commands at once collide on its version. */
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    @Column(name = "adopted_at")
    private LocalDateTime adoptedAt;

    /*
     * The attendance kept on the row (V31), as it was when the meeting was read: counted again in
     * SQL by the commands that change it (MeetingFigures), never written from here.
     */
    @Derived
    @Column(insertable = false, updatable = false)
    private int expected;

    @Derived
    @Column(insertable = false, updatable = false)
    private int present;

    @Derived
    @Column(insertable = false, updatable = false)
    private int excused;

    @Derived
    @Column(insertable = false, updatable = false)
    private int away;

    @Derived
    @Column(name = "away_present", insertable = false, updatable = false)
    private int awayPresent;

    @Column(name = "adopted_by", length = 100)
    private String adoptedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_conclusion", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Conclusion> conclusions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_task", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<MeetingTask> tasks = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_follow_up", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<FollowUp> followUps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_supervisor", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<SupervisorPresence> supervisors = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> agenda = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<RollCall> roll = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_campaign_session", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "session_id", nullable = false)
    private Set<Long> campaignSessionIds = new HashSet<>();

    protected Meeting() {
    }

    public Meeting(OrgUnit unit, MeetingType type, LocalDate plannedOn, LocalDate heldOn) {
        this.unit = unit;
        this.place = unit.getAdminUnit();
        this.type = type;
        this.plannedOn = plannedOn;
        this.heldOn = heldOn;
        this.createdAt = now();
    }

    /** Where, who chaired, who took the minutes, the guests and the agenda. */
    public void describe(String venue, String chair, String secretary, String guests, List<String> agenda) {
        this.venue = venue;
        this.chair = chair;
        this.secretary = secretary;
        this.guests = guests;
        this.agenda = new ArrayList<>(agenda);
        touch();
    }

    /** The roll call as taken, replacing any taken before. */
    public void callRoll(List<RollCall> lines) {
        this.roll = new ArrayList<>(lines);
        this.rollTakenAt = now();
        touch();
    }

    /**
     * The person was registered twice: the kept record answers the roll, and supervised, instead of
     * the merged one (once, when both were there).
     */
    public void answeredBy(long merged, long kept) {
        this.roll = answeredBy(roll, RollCall::getPersonId, merged, kept, line -> new RollCall(kept, line.getState()));
        this.supervisors = answeredBy(supervisors, SupervisorPresence::getPersonId, merged, kept,
                s -> new SupervisorPresence(kept, s.getRemark()));
        touch();
    }

    private static <T> List<T> answeredBy(List<T> lines, ToLongFunction<T> person, long merged, long kept,
                                          UnaryOperator<T> asKept) {
        boolean keptThere = lines.stream().anyMatch(line -> person.applyAsLong(line) == kept);
        List<T> answered = new ArrayList<>();
        for (T line : lines) {
            if (person.applyAsLong(line) != merged) {
                answered.add(line);
            } else if (!keptThere) {
                answered.add(asKept.apply(line));
            }
        }
        return answered;
    }

    /** A campaign session (a directive presented) was held in this meeting. */
    public void heldSession(long sessionId) {
        campaignSessionIds.add(sessionId);
        touch();
    }

    public Set<Long> getCampaignSessionIds() {
        return Set.copyOf(campaignSessionIds);
    }

    /** The minutes as written: the discussion, the conclusions with their votes, the tasks, the dues collected. */
    public void writeMinutes(String discussion, List<Conclusion> conclusions, List<MeetingTask> tasks,
                             Long duesCollected) {
        this.discussion = discussion;
        this.conclusions = new ArrayList<>(conclusions);
        this.tasks = new ArrayList<>(tasks);
        this.duesCollected = duesCollected;
        touch();
    }

    /** The minutes adopted (thông qua biên bản): the record no longer changes. */
    public void adopt(String by) {
        this.adoptedAt = now();
        this.adoptedBy = by;
        touch();
    }

    /** The tasks of earlier meetings as followed up at this one, replacing what was recorded. */
    public void followUp(List<FollowUp> lines) {
        this.followUps = new ArrayList<>(lines);
        touch();
    }

    /** The supervising cadres who attended, with their remarks, replacing those recorded before. */
    public void superviseBy(List<SupervisorPresence> present) {
        this.supervisors = new ArrayList<>(present);
        touch();
    }

    /**
     * Every command changes a column of the meeting itself, even one that only replaces a list, so
     * two officers saving the same meeting at once collide on its version: the second is refused.
     */
    private void touch() {
        this.changedAt = now();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    public List<SupervisorPresence> getSupervisors() {
        return List.copyOf(supervisors);
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public boolean isRollTaken() {
        return rollTakenAt != null;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public List<Conclusion> getConclusions() {
        return List.copyOf(conclusions);
    }

    public List<MeetingTask> getTasks() {
        return List.copyOf(tasks);
    }

    public boolean isAdopted() {
        return adoptedAt != null;
    }

    @Override
    public Place territory() {
        return place;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public AdminUnit getPlace() {
        return place;
    }

    public MeetingType getType() {
        return type;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getVenue() {
        return venue;
    }

    public String getChair() {
        return chair;
    }

    public String getSecretary() {
        return secretary;
    }

    public String getGuests() {
        return guests;
    }

    public String getDiscussion() {
        return discussion;
    }

    public Long getDuesCollected() {
        return duesCollected;
    }

    public LocalDateTime getAdoptedAt() {
        return adoptedAt;
    }

    public List<String> getAgenda() {
        return List.copyOf(agenda);
    }

    public List<RollCall> getRoll() {
        return List.copyOf(roll);
    }

    public int getExpected() {
        return expected;
    }

    public int getPresent() {
        return present;
    }

    public int getExcused() {
        return excused;
    }

    public int getAway() {
        return away;
    }

    public int getAwayPresent() {
        return awayPresent;
    }
}
