package vn.doanthe.cadre.api;

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
import java.util.Map;
import vn.doanthe.cadre.boundary.CadreAgeReport;
import vn.doanthe.cadre.boundary.CadreAges;
import vn.doanthe.cadre.boundary.CadreProfiles;
import vn.doanthe.cadre.boundary.CadreQuery;
import vn.doanthe.cadre.boundary.CadreView;
import vn.doanthe.cadre.boundary.Cadres;
import vn.doanthe.cadre.boundary.NewRating;
import vn.doanthe.cadre.boundary.ProfileChange;
import vn.doanthe.cadre.boundary.ProfileView;
import vn.doanthe.cadre.boundary.RatingView;
import vn.doanthe.cadre.boundary.Succession;
import vn.doanthe.cadre.boundary.SuccessionItem;
import vn.doanthe.cadre.boundary.SuccessionQuery;
import vn.doanthe.cadre.entity.PoliticalTheory;
import vn.doanthe.cadre.entity.ProfessionalLevel;
import vn.doanthe.cadre.web.CadreSheets;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;

/** The cadres of a territory on a day, where successors are missing, and a cadre's file, over HTTP. */
@Path("cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadresResource {

    @Inject
    Cadres cadres;

    @Inject
    Succession succession;

    @Inject
    CadreProfiles profiles;

    @Inject
    CadreAgeReport ageReport;

    @Inject
    RequestBodies bodies;

    @Context
    HttpHeaders headers;

    @GET
    public Page<CadreView> cadres(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                                  @QueryParam("post") String post, @QueryParam("asOf") String asOf,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cadres.list(new CadreQuery(unit, organisation, post, Parse.date(asOf, "asOf")),
                PageRequest.of(page, size, 50));
    }

    /** The same list, every page, as an XLSX file (a row per post held); its issue is recorded. */
    @GET
    @Path("export")
    @Produces({CadreSheets.MEDIA_TYPE, MediaType.WILDCARD})
    public Response export(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                           @QueryParam("post") String post, @QueryParam("asOf") String asOf) {
        List<CadreView> all = cadres.export(new CadreQuery(unit, organisation, post, Parse.date(asOf, "asOf")));
        Locale locale = RequestLocale.of(headers);
        return file((StreamingOutput) out -> CadreSheets.cadres(all, locale, out), CadreSheets.CADRES_FILE);
    }

    /** The succession report as an XLSX file; its issue is recorded. */
    @GET
    @Path("succession/export")
    @Produces({CadreSheets.MEDIA_TYPE, MediaType.WILDCARD})
    public Response successionExport(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                                     @QueryParam("headAge") Integer headAge, @QueryParam("deputyAge") Integer deputyAge,
                                     @QueryParam("actingMonths") Integer actingMonths,
                                     @QueryParam("termMonths") Integer termMonths, @QueryParam("asOf") String asOf) {
        List<SuccessionItem> items = succession.export(new SuccessionQuery(unit, organisation, headAge, deputyAge,
                actingMonths, termMonths, Parse.date(asOf, "asOf")));
        Locale locale = RequestLocale.of(headers);
        return file((StreamingOutput) out -> CadreSheets.succession(items, locale, out), CadreSheets.SUCCESSION_FILE);
    }

    private static Response file(StreamingOutput body, String fileName) {
        return Response.ok(body, CadreSheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The cadres' average age in a territory year by year, and today for each unit below (the succession dashboard). */
    @GET
    @Path("ages")
    public CadreAges ages(@QueryParam("unit") String unit, @QueryParam("organisation") String organisation,
                          @QueryParam("years") Integer years) {
        return ageReport.ages(unit, organisation, years);
    }

    @GET
    @Path("succession")
    public Map<String, List<SuccessionItem>> succession(@QueryParam("unit") String unit,
                                                        @QueryParam("organisation") String organisation,
                                                        @QueryParam("headAge") Integer headAge,
                                                        @QueryParam("deputyAge") Integer deputyAge,
                                                        @QueryParam("actingMonths") Integer actingMonths,
                                                        @QueryParam("termMonths") Integer termMonths,
                                                        @QueryParam("asOf") String asOf,
                                                        @QueryParam("names") boolean names) {
        SuccessionQuery query = new SuccessionQuery(unit, organisation, headAge, deputyAge, actingMonths, termMonths,
                Parse.date(asOf, "asOf"));
        return Map.of("items", names ? succession.named(query) : succession.report(query));
    }

    /** A cadre's file: qualifications, successor mark, posts and yearly reviews (trainings: GET /enrolments?personId=). */
    @GET
    @Path("{personId}")
    public ProfileView profile(@PathParam("personId") Long personId) {
        return profiles.profile(personId);
    }

    @PUT
    @Path("{personId}/profile")
    public ProfileView describe(@PathParam("personId") Long personId, ProfileRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        ProfessionalLevel level = read.constant(ProfessionalLevel.class, request.professionalLevel, "professionalLevel");
        PoliticalTheory theory = read.constant(PoliticalTheory.class, request.politicalTheory, "politicalTheory");
        read.read();
        return profiles.describe(personId, new ProfileChange(level, request.professionalField, theory,
                request.successor, request.successorNote, request.version));
    }

    /** The review of a year, given or given again. */
    @PUT
    @Path("{personId}/ratings/{year}")
    public RatingView rate(@PathParam("personId") Long personId, @PathParam("year") Integer year,
                           RatingRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        RatingLevel level = read.constant(RatingLevel.class, request.level, "level");
        read.read();
        return profiles.rate(personId, year, new NewRating(level, request.comment));
    }
}
