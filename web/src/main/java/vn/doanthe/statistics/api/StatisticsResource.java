package vn.doanthe.statistics.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.List;
import vn.doanthe.platform.api.ReasonRequest;
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.statistics.boundary.EligibleFigure;
import vn.doanthe.statistics.boundary.EligiblePopulations;
import vn.doanthe.statistics.web.StatisticsWorkbook;

/** Exact member counts of a territorial unit on a day, and the eligible population they are set against. */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    MemberStatistics statistics;

    @Inject
    EligiblePopulations eligiblePopulations;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    @GET
    @Path("members")
    public MemberCounts members(@QueryParam("unit") String unit, @QueryParam("asOf") String asOf) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInput("unit", "validation.required");
        }
        return eligiblePopulations.withRatios(statistics.members(unit.trim(), Parse.date(asOf, "asOf")));
    }

    /** The same counts as an Excel workbook, in the language of {@code Accept-Language}. */
    @GET
    @Path("members.xlsx")
    @Produces(StatisticsWorkbook.MEDIA_TYPE)
    public Response membersWorkbook(@QueryParam("unit") String unit, @QueryParam("asOf") String asOf) {
        MemberCounts counts = members(unit, asOf);
        return Response.ok(StatisticsWorkbook.of(counts, RequestLocale.of(headers)))
                .header("Content-Disposition", "attachment; filename=\"" + StatisticsWorkbook.fileName(counts) + "\"")
                .build();
    }

    @GET
    @Path("eligible")
    public List<EligibleFigure> eligible(@QueryParam("unit") String unit, @QueryParam("year") String year) {
        return eligiblePopulations.figures(unit, year(year));
    }

    @PUT
    @Path("eligible/{unitCode}/{year}/{organisationCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EligibleFigure setEligible(@PathParam("unitCode") String unitCode, @PathParam("year") String year,
                                      @PathParam("organisationCode") String organisationCode, EligibleRequest request) {
        bodies.valid(request);
        return eligiblePopulations.set(unitCode, year(year), organisationCode, request.eligible);
    }

    /**
     * Rebuilds the maintained counts from the membership periods (administrators; after periods
     * were corrected in the database directly). Answers how many count changes were written.
     */
    @POST
    @Path("recount")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject recount(ReasonRequest request) {
        bodies.valid(request);
        return Json.createObjectBuilder().add("rows", statistics.recount(request.reason)).build();
    }

    /** A year in the path or query; {@code null} when absent. */
    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{1,4}")) {
            throw new InvalidInput("year", "statistics.error.yearFormat", value);
        }
        return Integer.valueOf(value.trim());
    }
}
