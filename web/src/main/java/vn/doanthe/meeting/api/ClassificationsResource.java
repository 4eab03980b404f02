package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import vn.doanthe.meeting.boundary.ClassificationList;
import vn.doanthe.meeting.boundary.ClassificationView;
import vn.doanthe.meeting.boundary.Classifications;
import vn.doanthe.meeting.boundary.NewGrading;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.ClassificationStep;
import vn.doanthe.meeting.web.ClassificationSheet;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;

/** The yearly classification of branches: each step recorded, and the branches under a unit with theirs. */
@Path("classifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassificationsResource {

    @Inject
    Classifications classifications;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    /** Records the branch's own grade, the commune's appraisal or the decision above. */
    @POST
    public ClassificationView record(ClassificationRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        ClassificationStep step = read.constant(ClassificationStep.class, request.step, "step");
        BranchGrade grade = read.constant(BranchGrade.class, request.grade, "grade");
        read.read();
        return classifications.record(new NewGrading(request.orgUnitId, request.year, step, grade, request.note));
    }

    /** The branches under {@code unit} (the caller's own unit when none) and their classification for {@code year}. */
    @GET
    public ClassificationList branches(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                                       @QueryParam("year") Integer year) {
        return classifications.of(unit, organisation, year);
    }

    /** The same as a spreadsheet, in the shape a commune files it. */
    @GET
    @Path("xlsx")
    @Produces({ClassificationSheet.XLSX, MediaType.WILDCARD})
    public Response sheet(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                          @QueryParam("year") Integer year) {
        ClassificationList list = classifications.of(unit, organisation, year);
        Locale locale = RequestLocale.of(headers);
        return Downloads.file((StreamingOutput) out -> ClassificationSheet.write(list, locale, out), Downloads.XLSX,
                ClassificationSheet.fileName(list));
    }
}
