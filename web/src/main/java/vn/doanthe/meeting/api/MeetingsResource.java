package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.meeting.boundary.FollowUpLine;
import vn.doanthe.meeting.boundary.MeetingCalendar;
import vn.doanthe.meeting.boundary.MeetingCalendars;
import vn.doanthe.meeting.boundary.MeetingMinutes;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.meeting.boundary.MinutesView;
import vn.doanthe.meeting.boundary.NewMeeting;
import vn.doanthe.meeting.boundary.NewMinutes;
import vn.doanthe.meeting.boundary.RollLine;
import vn.doanthe.meeting.boundary.Supervisions;
import vn.doanthe.meeting.boundary.SupervisorLine;
import vn.doanthe.meeting.control.TasksToFollow;
import vn.doanthe.meeting.entity.AttendanceState;
import vn.doanthe.meeting.entity.MeetingType;
import vn.doanthe.meeting.web.MinutesPdf;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;

/** Branch meetings over HTTP: recorded, their roll call taken, read with their attendance. */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    MeetingMinutes minutes;

    @Inject
    MeetingCalendars calendars;

    @Inject
    Supervisions supervisions;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A branch's meetings in a year (this year when none is given), latest first. */
    @GET
    public List<MeetingView> ofUnit(@QueryParam("orgUnitId") Long orgUnitId, @QueryParam("year") Integer year) {
        return meetings.ofUnit(orgUnitId, year);
    }

    @POST
    public Response record(MeetingRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        MeetingType type = read.constant(MeetingType.class, request.type, "type");
        LocalDate plannedOn = read.date(request.plannedOn, "plannedOn");
        LocalDate heldOn = read.date(request.heldOn, "heldOn");
        read.read();
        MeetingView recorded = meetings.record(new NewMeeting(request.orgUnitId, type, plannedOn, heldOn, request.place,
                request.chair, request.secretary, request.guests, request.agenda));
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(recorded.id().toString()).build())
                .entity(recorded).build();
    }

    /** A branch's calendar of expected meetings in a year (this year when none): each period of its cadence and how it stands. */
    @GET
    @Path("calendar")
    public MeetingCalendar calendar(@QueryParam("orgUnitId") Long orgUnitId, @QueryParam("year") Integer year) {
        return calendars.of(orgUnitId, year);
    }

    /** The meeting with its attendance and the roll of its day, by given name. */
    @GET
    @Path("{id}")
    public MeetingView meeting(@PathParam("id") Long id) {
        return meetings.find(id);
    }

    /** A campaign session (a directive presented) the branch held that day, named as held in this meeting. */
    @POST
    @Path("{id}/sessions")
    public MeetingView holdSession(@PathParam("id") Long id, SessionLinkRequest request) {
        bodies.valid(request);
        return meetings.holdSession(id, request == null ? null : request.sessionId);
    }

    /** The minutes, replacing what was written. */
    @PUT
    @Path("{id}/minutes")
    public MinutesView minutes(@PathParam("id") Long id, MinutesRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        List<NewMinutes.Task> tasks = new ArrayList<>();
        List<TaskRequest> given = request.tasks == null ? List.of() : request.tasks;
        for (int i = 0; i < given.size(); i++) {
            TaskRequest task = given.get(i);
            tasks.add(new NewMinutes.Task(task.text, task.owner, read.date(task.dueOn, "tasks[" + i + "].dueOn")));
        }
        read.read();
        List<NewMinutes.Decision> conclusions = request.conclusions == null ? null : request.conclusions.stream()
                .map(c -> new NewMinutes.Decision(c.text, c.votesFor, c.votesAgainst, c.abstentions)).toList();
        return minutes.write(id, new NewMinutes(request.discussion, conclusions, tasks, request.duesCollected));
    }

    /** How the tasks of earlier adopted minutes stand, as this meeting found them; answers the tasks it follows up. */
    @PUT
    @Path("{id}/follow-ups")
    public List<TasksToFollow.OpenTask> followUps(@PathParam("id") Long id, List<FollowUpRequest> lines) {
        meetings.requireSeen(id); // a meeting out of sight is refused before its body is looked at
        List<FollowUpLine> given = lines == null ? List.of() : lines.stream()
                .map(l -> new FollowUpLine(l.meetingId, l.position, l.done, l.note)).toList();
        return minutes.followUp(id, given);
    }

    /** The supervising cadres who attended the meeting, with their remarks, replacing those recorded. */
    @PUT
    @Path("{id}/supervisors")
    public List<SupervisorLine> supervisors(@PathParam("id") Long id, List<SupervisorRequest> lines) {
        meetings.requireSeen(id); // a meeting out of sight is refused before its body is looked at
        return supervisions.attend(id, lines == null ? List.of() : lines.stream()
                .map(l -> new SupervisorLine(l.personId, l.remark)).toList());
    }

    /** The minutes adopted: the meeting no longer changes. */
    @POST
    @Path("{id}/adopt")
    public MinutesView adopt(@PathParam("id") Long id) {
        return minutes.adopt(id);
    }

    /** The minutes as the printed copy (A4), in the reader's language. */
    @GET
    @Path("{id}/minutes/pdf")
    @Produces({MinutesPdf.PDF, MediaType.WILDCARD})
    public Response minutesPdf(@PathParam("id") Long id) {
        MeetingView meeting = meetings.find(id);
        return Downloads.file(MinutesPdf.of(meeting, RequestLocale.of(headers)), MinutesPdf.PDF,
                MinutesPdf.fileName(meeting));
    }

    /** The roll call, replacing one taken before: a line per member called. */
    @PUT
    @Path("{id}/attendance")
    public MeetingView attendance(@PathParam("id") Long id, List<AttendanceRequest> lines) {
        meetings.requireSeen(id); // a meeting out of sight is refused before its body is looked at
        RequestValues read = new RequestValues();
        List<RollLine> roll = new ArrayList<>();
        List<AttendanceRequest> given = lines == null ? List.of() : lines;
        for (int i = 0; i < given.size(); i++) {
            AttendanceRequest line = given.get(i);
            roll.add(new RollLine(line.personId, read.constant(AttendanceState.class, line.state, "[" + i + "].state")));
        }
        read.read();
        return meetings.callRoll(id, roll);
    }
}
