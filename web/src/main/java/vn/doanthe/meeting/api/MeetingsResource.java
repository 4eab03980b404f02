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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.meeting.boundary.NewMeeting;
import vn.doanthe.meeting.boundary.RollLine;
import vn.doanthe.meeting.entity.AttendanceState;
import vn.doanthe.meeting.entity.MeetingType;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestValues;

/** Branch meetings over HTTP: recorded, their roll call taken, read with their attendance. */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    @Inject
    Meetings meetings;

    @Inject
    RequestBodies bodies;

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

    /** The roll call, replacing one taken before: a line per member called. */
    @PUT
    @Path("{id}/attendance")
    public MeetingView attendance(@PathParam("id") Long id, List<AttendanceRequest> lines) {
        meetings.find(id); // refuses a meeting out of sight before the body is looked at
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
