package vn.doanthe.cadre.api;

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
import vn.doanthe.cadre.boundary.AllowanceSheet;
import vn.doanthe.cadre.boundary.AllowanceSheets;
import vn.doanthe.cadre.boundary.Allowances;
import vn.doanthe.cadre.boundary.BaseSalaryView;
import vn.doanthe.cadre.boundary.NewRate;
import vn.doanthe.cadre.boundary.RateView;
import vn.doanthe.cadre.entity.AllowanceKind;
import vn.doanthe.cadre.web.AllowanceSheetXlsx;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestLocale;
import vn.doanthe.platform.api.RequestValues;

/** What hamlet posts are paid, the base salary, and a month's sheet of a place, over HTTP. */
@Path("allowances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllowancesResource {

    @Inject
    Allowances allowances;

    @Inject
    AllowanceSheets sheets;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("rates")
    public List<RateView> rates() {
        return allowances.rates();
    }

    @GET
    @Path("rates/{id}")
    public RateView rate(@PathParam("id") Long id) {
        return allowances.rate(id);
    }

    @POST
    @Path("rates")
    public Response setRate(RateRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        AllowanceKind kind = read.constant(AllowanceKind.class, request.kind, "kind");
        LocalDate from = read.date(request.from, "from");
        read.read();
        RateView created = allowances.setRate(new NewRate(request.post, kind, request.coefficient, request.amount, from,
                request.decision));
        return Response.created(uri.getBaseUriBuilder().path("allowances/rates").path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("base-salaries")
    public List<BaseSalaryView> baseSalaries() {
        return allowances.baseSalaries();
    }

    @POST
    @Path("base-salaries")
    public Response setBaseSalary(BaseSalaryRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        LocalDate from = read.date(request.from, "from");
        read.read();
        BaseSalaryView created = allowances.setBaseSalary(from, request.amount, request.decision);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The month's sheet of a place ({@code unit}: a commune's code; {@code month}: yyyy-MM). */
    @GET
    @Path("sheet")
    public AllowanceSheet sheet(@QueryParam("unit") String unit, @QueryParam("month") String month) {
        return sheets.sheet(unit, Parse.month(month, "month"));
    }

    /** The same sheet as the XLSX file filed for payment; its issue is recorded. */
    @GET
    @Path("sheet/xlsx")
    @Produces({AllowanceSheetXlsx.MEDIA_TYPE, MediaType.WILDCARD})
    public Response sheetFile(@QueryParam("unit") String unit, @QueryParam("month") String month) {
        AllowanceSheet sheet = sheets.export(unit, Parse.month(month, "month"));
        Locale locale = RequestLocale.of(headers);
        StreamingOutput body = out -> AllowanceSheetXlsx.write(sheet, locale, out);
        return Response.ok(body, AllowanceSheetXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + AllowanceSheetXlsx.fileName(sheet) + "\"")
                .build();
    }
}
