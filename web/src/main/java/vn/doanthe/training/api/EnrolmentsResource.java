package vn.doanthe.training.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.training.boundary.CertificateView;
import vn.doanthe.training.boundary.EnrolmentResult;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.boundary.Enrolments;
import vn.doanthe.training.web.CertificatePdf;

/** Enrolments over HTTP: a person's trainings, a trainee's result, an enrolment withdrawn. */
@Path("enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentsResource {

    @Inject
    Enrolments enrolments;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    /** The courses a person was enrolled in, among those the caller sees, latest first. */
    @GET
    public List<EnrolmentView> ofPerson(@QueryParam("personId") Long personId) {
        return enrolments.ofPerson(personId);
    }

    @GET
    @Path("{id}")
    public EnrolmentView enrolment(@PathParam("id") Long id) {
        return enrolments.find(id);
    }

    @POST
    @Path("{id}/result")
    public EnrolmentView result(@PathParam("id") Long id, ResultRequest request) {
        bodies.valid(request);
        return enrolments.result(id, new EnrolmentResult(request.attended, request.score, request.completed,
                request.reflection));
    }

    /** The certificate of a trainee who completed the course, as PDF (409 before completion). */
    @GET
    @Path("{id}/certificate")
    @Produces(CertificatePdf.MEDIA_TYPE)
    public Response certificate(@PathParam("id") Long id) {
        CertificateView certificate = enrolments.certificate(id);
        return Response.ok(CertificatePdf.of(certificate, RequestLocale.of(headers)), CertificatePdf.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + CertificatePdf.fileName(certificate) + "\"")
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response withdraw(@PathParam("id") Long id) {
        enrolments.withdraw(id);
        return Response.noContent().build();
    }
}
