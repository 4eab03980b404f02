package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import vn.doanthe.member.boundary.BranchMember;
import vn.doanthe.member.boundary.MemberRatingView;
import vn.doanthe.member.boundary.MemberRatings;
import vn.doanthe.member.boundary.RatingEntry;
import vn.doanthe.member.boundary.RatingSummary;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.member.web.RatingSheets;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;

/** The yearly rating of Youth Union members over HTTP: a branch's roll, one member's record, a unit's summary. */
@Path("member-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberRatingsResource {

    @Inject
    MemberRatings ratings;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    /** Everyone who belonged to the branch in the year, with what was recorded of them. */
    @GET
    public List<BranchMember> roll(@QueryParam("unit") Long unit, @QueryParam("year") Integer year) {
        return ratings.roll(unit, year);
    }

    @PUT
    @Path("{personId}/{year}")
    public MemberRatingView record(@PathParam("personId") Long personId, @PathParam("year") Integer year,
                                   RatingEntryRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        RatingLevel selfLevel = read.constant(RatingLevel.class, request.selfLevel, "selfLevel");
        RatingLevel level = read.constant(RatingLevel.class, request.level, "level");
        read.read();
        return ratings.record(personId, year, new RatingEntry(request.orgUnitId, selfLevel, request.selfComment,
                request.comment, level, request.version));
    }

    /** The levels decided in the year under a unit and its outstanding members. */
    @GET
    @Path("summary")
    public RatingSummary summary(@QueryParam("unit") Long unit, @QueryParam("year") Integer year) {
        return ratings.summary(unit, year);
    }

    /** The same summary as an XLSX file: the levels, then the outstanding members; its issue is recorded. */
    @GET
    @Path("summary/export")
    @Produces({RatingSheets.MEDIA_TYPE, MediaType.WILDCARD})
    public Response export(@QueryParam("unit") Long unit, @QueryParam("year") Integer year) {
        RatingSummary summary = ratings.exportSummary(unit, year);
        Locale locale = RequestLocale.of(headers);
        return Response.ok((StreamingOutput) out -> RatingSheets.outstanding(summary, locale, out), RatingSheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + RatingSheets.file(summary.year()) + "\"")
                .build();
    }
}
