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
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Place;
import vn.doanthe.platform.mutation.AuditedEntity;
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

    @Column(name = "adopted_at")
    private LocalDateTime adoptedAt;

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
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where, who chaired, who took the minutes, the guests and the agenda. */
    public void describe(String venue, String chair, String secretary, String guests, List<String> agenda) {
        this.venue = venue;
        this.chair = chair;
        this.secretary = secretary;
        this.guests = guests;
        this.agenda = new ArrayList<>(agenda);
    }

    /**
     * The roll call as taken, replacing any taken before. Its time is the meeting's own change, so
     * two officers taking the roll at once collide on the meeting's version: the second is refused.
     */
    public void callRoll(List<RollCall> lines) {
        this.roll = new ArrayList<>(lines);
        this.rollTakenAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The person was registered twice: the kept record answers the roll, and supervised, instead of
     * the merged one (once, when both were there).
     */
    public void answeredBy(long merged, long kept) {
        boolean keptCalled = roll.stream().anyMatch(line -> line.getPersonId() == kept);
        List<RollCall> lines = new ArrayList<>();
        for (RollCall line : roll) {
            if (line.getPersonId() != merged) {
                lines.add(line);
            } else if (!keptCalled) {
                lines.add(new RollCall(kept, line.getState()));
            }
        }
        this.roll = lines;
        List<SupervisorPresence> present = new ArrayList<>();
        boolean keptPresent = supervisors.stream().anyMatch(s -> s.getPersonId() == kept);
        for (SupervisorPresence s : supervisors) {
            if (s.getPersonId() != merged) {
                present.add(s);
            } else if (!keptPresent) {
                present.add(new SupervisorPresence(kept, s.getRemark()));
            }
        }
        this.supervisors = present;
    }

    /** A campaign session (a directive presented) was held in this meeting. */
    public void heldSession(long sessionId) {
        campaignSessionIds.add(sessionId);
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
    }

    /** The minutes adopted (thông qua biên bản): the record no longer changes. */
    public void adopt(String by) {
        this.adoptedAt = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.adoptedBy = by;
    }

    /** The tasks of earlier meetings as followed up at this one, replacing what was recorded. */
    public void followUp(List<FollowUp> lines) {
        this.followUps = new ArrayList<>(lines);
    }

    /** The supervising cadres who attended, with their remarks, replacing those recorded before. */
    public void superviseBy(List<SupervisorPresence> present) {
        this.supervisors = new ArrayList<>(present);
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
}
