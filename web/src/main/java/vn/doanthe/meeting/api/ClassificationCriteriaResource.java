package vn.doanthe.meeting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.doanthe.meeting.boundary.ClassificationRules;
import vn.doanthe.meeting.boundary.CriteriaChange;
import vn.doanthe.meeting.boundary.CriteriaView;
import vn.doanthe.platform.api.RequestBodies;

/** The criteria each organisation classifies its branches by, version by version. */
@Path("classification-criteria")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassificationCriteriaResource {

    @Inject
    ClassificationRules rules;

    @Inject
    RequestBodies bodies;

    /** The organisation's versions, latest first. */
    @GET
    public List<CriteriaView> versions(@QueryParam("organisation") String organisation) {
        return rules.of(organisation);
    }

    /** New criteria: a new version when classifications were decided under the latest one. */
    @PUT
    @Path("{organisation}")
    public CriteriaView change(@PathParam("organisation") String organisation, CriteriaRequest request) {
        bodies.valid(request);
        return rules.change(organisation, new CriteriaChange(request.duesPerMember, thresholds(request.strong),
                thresholds(request.good), thresholds(request.average)));
    }

    private static CriteriaView.Thresholds thresholds(ThresholdsRequest given) {
        return given == null ? null : new CriteriaView.Thresholds(given.attendance, given.kept, given.dues);
    }
}
