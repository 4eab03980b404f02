package vn.doanthe.training.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.training.boundary.CourseEffect;
import vn.doanthe.training.boundary.CourseQuery;
import vn.doanthe.training.boundary.CourseView;
import vn.doanthe.training.boundary.Courses;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.boundary.Enrolments;
import vn.doanthe.training.boundary.NewCourse;
import vn.doanthe.training.boundary.NewEnrolment;
import vn.doanthe.training.boundary.TrainingEffect;
import vn.doanthe.training.entity.CourseMode;
import vn.doanthe.training.web.CourseSheets;

/** Training courses over HTTP: registered, listed, and who is enrolled in them. */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    TrainingEffect effects;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Page<CourseView> courses(@QueryParam("organisation") String organisation, @QueryParam("year") Integer year,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return courses.list(new CourseQuery(organisation, year), PageRequest.of(page, size, 50));
    }

    /** Every course of the list as an XLSX file. */
    @GET
    @Path("export")
    @Produces({CourseSheets.MEDIA_TYPE, MediaType.WILDCARD})
    public Response export(@QueryParam("organisation") String organisation, @QueryParam("year") Integer year) {
        List<CourseView> all = courses.all(new CourseQuery(organisation, year));
        Locale locale = RequestLocale.of(headers);
        return Response.ok((StreamingOutput) out -> CourseSheets.courses(all, locale, out), CourseSheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + CourseSheets.COURSES_FILE + "\"").build();
    }

    /** A course's trainees as an XLSX file; its issue is recorded. */
    @GET
    @Path("{id}/enrolments/export")
    @Produces({CourseSheets.MEDIA_TYPE, MediaType.WILDCARD})
    public Response exportTrainees(@PathParam("id") Long id) {
        List<EnrolmentView> trainees = enrolments.exportOfCourse(id);
        Locale locale = RequestLocale.of(headers);
        return Response.ok((StreamingOutput) out -> CourseSheets.trainees(trainees, locale, out), CourseSheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + CourseSheets.traineesFile(id) + "\"").build();
    }

    @POST
    public Response create(CourseRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        LocalDate from = read.date(request.from, "from");
        LocalDate to = read.date(request.to, "to");
        CourseMode mode = read.constant(CourseMode.class, request.mode, "mode");
        read.read();
        List<NewCourse.Topic> topics = request.topics == null ? null : request.topics.stream()
                .map(t -> new NewCourse.Topic(t.title, t.compulsory)).toList();
        CourseView created = courses.create(new NewCourse(request.title, request.organisation, request.organiserUnitId,
                from, to, mode, request.venue, request.programme, request.targetPosts, topics, request.planId));
        return Response.created(uri.getBaseUriBuilder().path("courses").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public CourseView course(@PathParam("id") Long id) {
        return courses.find(id);
    }

    /** The member figures of the branches its trainees lead, a year before and after, beside the others'. */
    @GET
    @Path("{id}/effect")
    public CourseEffect effect(@PathParam("id") Long id) {
        return effects.of(id);
    }

    @GET
    @Path("{id}/enrolments")
    public List<EnrolmentView> enrolments(@PathParam("id") Long id) {
        return enrolments.ofCourse(id);
    }

    @POST
    @Path("{id}/enrolments")
    public Response enrol(@PathParam("id") Long id, EnrolmentRequest request) {
        bodies.valid(request);
        EnrolmentView created = enrolments.enrol(id, new NewEnrolment(request.personId, request.outsideTarget));
        return Response.created(uri.getBaseUriBuilder().path("enrolments").path(created.id().toString()).build())
                .entity(created).build();
    }
}
