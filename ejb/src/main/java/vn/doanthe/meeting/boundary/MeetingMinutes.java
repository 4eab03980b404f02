package vn.doanthe.meeting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.doanthe.meeting.control.BranchMeetingYears;
import vn.doanthe.meeting.control.MeetingFigures;
import vn.doanthe.meeting.control.MeetingFinder;
import vn.doanthe.meeting.control.TasksToFollow;
import vn.doanthe.meeting.entity.Conclusion;
import vn.doanthe.meeting.entity.FollowUp;
import vn.doanthe.meeting.entity.Meeting;
import vn.doanthe.meeting.entity.MeetingTask;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.mutation.Mutation;

/**
 * A meeting's minutes (biên bản): written by the branch's officers, then adopted, after which the
 * meeting no longer changes — neither its minutes, its roll call nor the sessions held in it.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class MeetingMinutes {

    static final int MAX_DISCUSSION = 20_000;
    static final int MAX_ITEMS = 50;
    static final long MAX_DUES = 1_000_000_000_000L;

    @Inject
    Scopes scopes;

    @Inject
    Callers callers;

    @Inject
    MeetingFinder found;

    @Inject
    MeetingFigures figures;

    @Inject
    BranchMeetingYears branchYears;

    @Inject
    TasksToFollow toFollow;

    /**
     * Writes the minutes, replacing what was written, every mistake at once: a conclusion or task
     * without words, a vote below zero or with more voters than members present, a task due before
     * the meeting, dues below zero, texts too long.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MinutesView write(@NotNull Long id, @NotNull NewMinutes minutes) {
        Meeting meeting = open(id);
        Refusals refusals = new Refusals();
        String discussion = refusals.check(() -> TextCheck.paragraphs("discussion", minutes.discussion(), MAX_DISCUSSION));
        MeetingFigures.Attendance attendance = figures.of(meeting);
        long voters = meeting.isRollTaken() ? attendance.present() + attendance.awayPresent() : Long.MAX_VALUE;
        List<Conclusion> conclusions = conclusions(refusals, minutes.conclusions(), voters);
        List<MeetingTask> tasks = tasks(refusals, minutes.tasks(), meeting.getHeldOn());
        Long dues = minutes.duesCollected();
        if (dues != null && (dues < 0 || dues > MAX_DUES)) {
            refusals.refuse("duesCollected", "validation.between", 0, MAX_DUES);
        }
        refusals.throwIfAny();
        meeting.writeMinutes(discussion == null || discussion.isEmpty() ? null : discussion, conclusions, tasks, dues);
        branchYears.sumAgain(List.of(meeting.getUnit().getId())); // the dues collected
        return MinutesView.of(meeting);
    }

    /** Adopts the minutes; the roll call must have been taken (400 naming {@code attendance}). */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MinutesView adopt(@NotNull Long id) {
        Meeting meeting = open(id);
        if (!meeting.isRollTaken()) {
            throw new InvalidInput("attendance", "meeting.error.noRollCall");
        }
        meeting.adopt(callers.current().username());
        return MinutesView.of(meeting);
    }

    /**
     * Records how the tasks of earlier adopted minutes stand, replacing what this meeting recorded:
     * each line a task still open for it (400 naming {@code meetingId} otherwise), done or not.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public List<TasksToFollow.OpenTask> followUp(@NotNull Long id, List<FollowUpLine> lines) {
        Meeting meeting = open(id);
        List<TasksToFollow.OpenTask> open = toFollow.of(meeting);
        Refusals refusals = new Refusals();
        List<FollowUp> kept = new ArrayList<>();
        List<FollowUpLine> given = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < given.size(); i++) {
            FollowUpLine line = given.get(i);
            String field = "[" + i + "].";
            boolean known = open.stream().anyMatch(t -> Long.valueOf(t.meetingId()).equals(line.meetingId())
                    && Integer.valueOf(t.position()).equals(line.position()));
            if (!known) {
                refusals.refuse("meetingId", "meeting.error.notATaskToFollow", String.valueOf(line.meetingId()),
                        String.valueOf(line.position()));
            }
            if (line.done() == null) {
                refusals.refuse(field + "done", "validation.required");
            }
            String note = refusals.check(() -> TextCheck.text(field + "note", line.note(), 500));
            if (known && line.done() != null && kept.stream().noneMatch(f -> f.getTaskMeetingId().equals(line.meetingId())
                    && f.getTaskPosition() == line.position())) {
                kept.add(new FollowUp(line.meetingId(), line.position(), line.done(),
                        note == null || note.isEmpty() ? null : note));
            }
        }
        refusals.throwIfAny();
        meeting.followUp(kept);
        return toFollow.of(meeting);
    }

    /** A meeting in scope whose minutes were not adopted yet (409 once they were). */
    private Meeting open(Long id) {
        Meeting meeting = found.seen(scopes.current(), id);
        if (meeting.isAdopted()) {
            throw new Conflict("id", "meeting.error.adopted");
        }
        return meeting;
    }

    private static List<Conclusion> conclusions(Refusals refusals, List<NewMinutes.Decision> given, long voters) {
        List<Conclusion> kept = new ArrayList<>();
        List<NewMinutes.Decision> all = given == null ? List.of() : given;
        if (all.size() > MAX_ITEMS) {
            refusals.refuse("conclusions", "meeting.error.tooMany", MAX_ITEMS);
        }
        for (int i = 0; i < all.size(); i++) {
            NewMinutes.Decision decision = all.get(i);
            if (decision == null) {
                continue;
            }
            String field = "conclusions[" + i + "].";
            String text = refusals.check(() -> TextCheck.paragraphs(field + "text", decision.text(), 2000));
            if (!refusals.has(field + "text") && (text == null || text.isEmpty())) {
                refusals.refuse(field + "text", "validation.required");
            }
            long cast = 0;
            for (Object[] vote : new Object[][] {{"votesFor", decision.votesFor()}, {"votesAgainst", decision.votesAgainst()},
                    {"abstentions", decision.abstentions()}}) {
                Integer count = (Integer) vote[1];
                if (count != null && count < 0) {
                    refusals.refuse(field + vote[0], "validation.between", 0, 100_000);
                } else if (count != null) {
                    cast += count;
                }
            }
            if (cast > voters) {
                refusals.refuse(field + "votesFor", "meeting.error.moreVotesThanPresent", voters);
            }
            if (text != null && !text.isEmpty()) {
                kept.add(new Conclusion(text, decision.votesFor(), decision.votesAgainst(), decision.abstentions()));
            }
        }
        return kept;
    }

    private static List<MeetingTask> tasks(Refusals refusals, List<NewMinutes.Task> given, LocalDate heldOn) {
        List<MeetingTask> kept = new ArrayList<>();
        List<NewMinutes.Task> all = given == null ? List.of() : given;
        if (all.size() > MAX_ITEMS) {
            refusals.refuse("tasks", "meeting.error.tooMany", MAX_ITEMS);
        }
        for (int i = 0; i < all.size(); i++) {
            NewMinutes.Task task = all.get(i);
            if (task == null) {
                continue;
            }
            String field = "tasks[" + i + "].";
            String text = refusals.check(() -> TextCheck.text(field + "text", task.text(), 1000));
            if (!refusals.has(field + "text") && (text == null || text.isEmpty())) {
                refusals.refuse(field + "text", "validation.required");
            }
            String owner = refusals.check(() -> TextCheck.text(field + "owner", task.owner(), 200));
            if (task.dueOn() != null && task.dueOn().isBefore(heldOn)) {
                refusals.refuse(field + "dueOn", "meeting.error.dueBeforeMeeting");
            }
            if (text != null && !text.isEmpty()) {
                kept.add(new MeetingTask(text, owner == null || owner.isEmpty() ? null : owner, task.dueOn()));
            }
        }
        return kept;
    }
}
