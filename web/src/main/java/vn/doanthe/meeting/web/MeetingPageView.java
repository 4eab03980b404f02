package vn.doanthe.meeting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.directive.boundary.BranchSession;
import vn.doanthe.directive.boundary.CampaignSessions;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.meeting.boundary.RollLine;
import vn.doanthe.meeting.control.MeetingFigures.OnRoll;
import vn.doanthe.meeting.entity.AttendanceState;
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

    private List<BranchSession> sessionsToName = List.of();
    private Long sessionId;

    private Long id;
    private MeetingView meeting;
    private List<Row> expected = List.of();
    private List<Row> away = List.of();

    /** A member on the roll as the page edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final OnRoll member;
        private AttendanceState state;

        Row(OnRoll member) {
            this.member = member;
            this.state = member.state();
        }

        public OnRoll getMember() {
            return member;
        }

        public AttendanceState getState() {
            return state;
        }

        public void setState(AttendanceState state) {
            this.state = state;
        }
    }

    public void load() {
        if (Feedback.attempt(null, () -> meeting = meetings.find(id))) {
            rows();
            sessions();
        }
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
        List<Row> present = new ArrayList<>();
        List<Row> working = new ArrayList<>();
        for (OnRoll member : meeting.roll()) {
            (member.away() ? working : present).add(new Row(member));
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

    public List<Row> getExpected() {
        return expected;
    }

    public List<Row> getAway() {
        return away;
    }
}
