package vn.doanthe.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.doanthe.directive.boundary.BranchSession;
import vn.doanthe.directive.boundary.CampaignSessions;
import vn.doanthe.meeting.boundary.FollowUpLine;
import vn.doanthe.meeting.boundary.MeetingMinutes;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.meeting.boundary.MinutesView;
import vn.doanthe.meeting.boundary.NewMinutes;
import vn.doanthe.meeting.boundary.RollLine;
import vn.doanthe.meeting.boundary.SupervisorLine;
import vn.doanthe.meeting.boundary.Supervisions;
import vn.doanthe.meeting.control.MeetingFigures.OnRoll;
import vn.doanthe.meeting.entity.AttendanceState;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;

/**
 * A meeting's page (biên bản buổi sinh hoạt): what was held, its attendance, and the roll call
 * taken from the branch's members of the day — those working away listed apart with their contact.
 */
@Named
@ViewScoped
public class MeetingPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    CampaignSessions campaignSessions;

    @Inject
    MeetingMinutes meetingMinutes;

    private String discussion;
    private List<MinutesLine> conclusions = new ArrayList<>();
    private List<MinutesLine> tasks = new ArrayList<>();
    private Long duesCollected;

    private List<FollowRow> followRows = List.of();

    @Inject
    Supervisions supervisions;

    private List<SupervisorRow> supervisorRows = List.of();

    private List<BranchSession> sessionsToName = List.of();
    private Long sessionId;

    private Long id;
    private MeetingView meeting;
    private List<RollRow> expected = List.of();
    private List<RollRow> away = List.of();

    public void load() {
        if (Feedback.attempt(null, () -> meeting = meetings.find(id))) {
            rows();
            sessions();
            minutes(meeting.minutes());
            followRows = meeting.tasksToFollow().stream().map(FollowRow::new).toList();
            supervisorRows = supervisions.eligible(id).stream().map(c -> new SupervisorRow(c, meeting.supervisors()
                    .stream().filter(s -> s.personId() == c.personId()).findFirst().orElse(null))).toList();
        }
    }

    private void minutes(MinutesView written) {
        discussion = written.discussion();
        duesCollected = written.duesCollected();
        conclusions = new ArrayList<>();
        for (NewMinutes.Decision decision : written.conclusions()) {
            MinutesLine line = new MinutesLine();
            line.setText(decision.text());
            line.setVotesFor(decision.votesFor());
            line.setVotesAgainst(decision.votesAgainst());
            line.setAbstentions(decision.abstentions());
            conclusions.add(line);
        }
        tasks = new ArrayList<>();
        for (NewMinutes.Task task : written.tasks()) {
            MinutesLine line = new MinutesLine();
            line.setText(task.text());
            line.setOwner(task.owner());
            line.setDueOn(task.dueOn());
            tasks.add(line);
        }
        conclusions.add(new MinutesLine());
        tasks.add(new MinutesLine());
    }

    /** Saves the cadres who attended, with their remarks. */
    public void saveSupervisors() {
        List<SupervisorLine> lines = supervisorRows.stream().filter(SupervisorRow::isAttended)
                .map(r -> new SupervisorLine(r.getCadre().personId(), r.getRemark())).toList();
        if (Feedback.attempt("supervisorsForm", () -> supervisions.attend(id, lines))) {
            load();
            Feedback.info("meeting.supervisors.saved");
        }
    }

    public List<SupervisorRow> getSupervisorRows() {
        return supervisorRows;
    }

    /** Saves how the earlier tasks stand; tasks left unsaid are not recorded. */
    public void saveFollowUps() {
        List<FollowUpLine> lines = followRows.stream().filter(r -> r.getDone() != null)
                .map(r -> new FollowUpLine(r.getTask().meetingId(), r.getTask().position(), r.getDone(), r.getNote()))
                .toList();
        if (Feedback.attempt("followForm", () -> meetingMinutes.followUp(id, lines))) {
            load();
            Feedback.info("meeting.followUp.saved");
        }
    }

    public void addConclusion() {
        conclusions.add(new MinutesLine());
    }

    public void addTask() {
        tasks.add(new MinutesLine());
    }

    /** Saves the minutes; lines left empty are not part of them. */
    public void saveMinutes() {
        NewMinutes written = new NewMinutes(discussion, conclusions.stream().filter(l -> !l.isBlank())
                .map(l -> new NewMinutes.Decision(l.getText(), l.getVotesFor(), l.getVotesAgainst(), l.getAbstentions()))
                .toList(), tasks.stream().filter(l -> !l.isBlank())
                .map(l -> new NewMinutes.Task(l.getText(), l.getOwner(), l.getDueOn())).toList(), duesCollected);
        if (Feedback.attempt("minutesForm", () -> meetingMinutes.write(id, written))) {
            load();
            Feedback.info("meeting.minutes.saved");
        }
    }

    public void adopt() {
        if (Feedback.attempt("minutesForm", () -> meetingMinutes.adopt(id))) {
            load();
            Feedback.info("meeting.minutes.adopted");
        }
    }

    /** The printed copy of the minutes as they stand. */
    public void downloadPdf() {
        Feedback.attempt("minutesForm", () -> {
            MeetingView shown = meetings.find(id);
            Faces.sendFile(MinutesPdf.of(shown, ChosenLanguage.current()), MinutesPdf.fileName(shown), true);
        });
    }

    /** The campaign sessions the branch held that day and not yet named by the meeting. */
    private void sessions() {
        sessionsToName = campaignSessions.ofBranch(meeting.orgUnitId(), meeting.heldOn(), meeting.heldOn()).stream()
                .filter(s -> meeting.directiveSessions().stream().noneMatch(h -> h.sessionId().equals(s.sessionId())))
                .toList();
        sessionId = sessionsToName.isEmpty() ? null : sessionsToName.get(0).sessionId();
    }

    public void holdSession() {
        Long chosen = sessionId;
        if (Feedback.attempt("sessionsForm", () -> meeting = meetings.holdSession(id, chosen))) {
            sessions();
        }
    }

    private void rows() {
        List<RollRow> present = new ArrayList<>();
        List<RollRow> working = new ArrayList<>();
        for (OnRoll member : meeting.roll()) {
            (member.away() ? working : present).add(new RollRow(member));
        }
        expected = present;
        away = working;
    }

    /** Every member on the roll present (the usual start of a roll call); the page is saved after. */
    public void allPresent() {
        expected.forEach(row -> row.setState(AttendanceState.PRESENT));
    }

    /** Saves the roll call; members left unmarked are not called (and count as absent). */
    public void saveRoll() {
        List<RollLine> lines = new ArrayList<>();
        expected.stream().filter(r -> r.getState() != null)
                .forEach(r -> lines.add(new RollLine(r.getMember().personId(), r.getState())));
        away.stream().filter(r -> r.getState() != null)
                .forEach(r -> lines.add(new RollLine(r.getMember().personId(), r.getState())));
        if (Feedback.attempt("rollForm", () -> meeting = meetings.callRoll(id, lines))) {
            rows();
            Feedback.info("meeting.rollSaved");
        }
    }

    public List<FollowRow> getFollowRows() {
        return followRows;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    public List<MinutesLine> getConclusions() {
        return conclusions;
    }

    public List<MinutesLine> getTasks() {
        return tasks;
    }

    public Long getDuesCollected() {
        return duesCollected;
    }

    public void setDuesCollected(Long duesCollected) {
        this.duesCollected = duesCollected;
    }

    public List<BranchSession> getSessionsToName() {
        return sessionsToName;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public AttendanceState[] getStates() {
        return AttendanceState.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<RollRow> getExpected() {
        return expected;
    }

    public List<RollRow> getAway() {
        return away;
    }
}
