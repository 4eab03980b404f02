package vn.doanthe.member.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.doanthe.member.boundary.CountedSlice;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.PersonExports;
import vn.doanthe.member.boundary.PersonMerges;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.PersonalDataRequests;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.boundary.SubjectAccess;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.api.Downloads;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.ReasonRequest;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestValues;
import vn.doanthe.platform.boundary.ExportFormat;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.Seek;
import vn.doanthe.platform.boundary.Slice;

/** Persons over HTTP: register, correct, find by name without diacritics, CCCD or phone, export a list. */
@Path("persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonsResource {

    @Inject
    Persons persons;

    @Inject
    PersonMerges personMerges;

    @Inject
    PersonSearch personSearch;

    @Inject
    PersonalDataRequests personalDataRequests;

    @Inject
    PersonExports exports;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    /**
     * The list, {@code size} rows (50 by default) at a time: the first page, then each next one
     * after the cursor the page before answered as {@code next} (keyset paging: every page costs
     * what the first does). {@code page} still cuts pages by number, for clients of the first
     * version; it counts every time and is slow deep in a large list.
     */
    @GET
    public PersonList search(@BeanParam PersonFilter filter, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @QueryParam("after") String after) {
        PersonQuery query = filter.query();
        if (page != null) {
            Page<PersonView> numbered = personSearch.search(query, PageRequest.of(page, size, 50));
            return new PersonList(numbered.items(), numbered.total(), null);
        }
        int rows = size == null ? 50 : size;
        if (after == null) {
            CountedSlice<PersonView> first = personSearch.searchCounting(query, Seek.first(rows).lookingAhead());
            return new PersonList(first.slice().items(), first.total(), first.slice().next());
        }
        Slice<PersonView> slice = personSearch.search(query, Seek.after(after, rows).lookingAhead());
        return new PersonList(slice.items(), null, slice.next());
    }

    /** The filtered list as a file to download: {@code format} xlsx (default) or csv. */
    @GET
    @Path("export")
    @Produces({Downloads.XLSX, "text/csv", MediaType.WILDCARD})
    public Response export(@QueryParam("format") String format, @BeanParam PersonFilter filter,
                           @QueryParam("personalData") boolean personalData) {
        personalDataRequests.requirePersonalDataGrant(personalData);
        ExportFormat chosen = format == null || format.isBlank()
                ? ExportFormat.XLSX : Parse.constant(ExportFormat.class, format, "format");
        PersonQuery query = filter.query();
        personSearch.check(query);
        StreamingOutput body = out -> exports.export(query, chosen, personalData, out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + PersonExports.fileName(chosen) + "\"")
                .build();
    }

    @GET
    @Path("{id}")
    public PersonView find(@PathParam("id") Long id) {
        return persons.find(id);
    }

    /** The person with CCCD, phone, ethnicity and religion unmasked; the reveal and its reason are recorded. */
    @POST
    @Path("{id}/reveal")
    public PersonView reveal(@PathParam("id") Long id, ReasonRequest request) {
        return personalDataRequests.reveal(id, bodies.valid(request).reason);
    }

    /** Everything held about the person, as a file to hand to them (subject access). */
    @POST
    @Path("{id}/subject-access")
    public Response subjectAccess(@PathParam("id") Long id, ReasonRequest request) {
        SubjectAccess report = personalDataRequests.subjectAccess(id, bodies.valid(request).reason);
        return Response.ok(report).header("Content-Disposition",
                "attachment; filename=\"du-lieu-ca-nhan-" + id + ".json\"").build();
    }

    /** Erases who the person is, keeping the counts; an administrator's act with a reason. */
    @POST
    @Path("{id}/anonymise")
    public PersonView anonymise(@PathParam("id") Long id, ReasonRequest request) {
        return personalDataRequests.anonymise(id, bodies.valid(request).reason);
    }

    /** Joins the record {@code mergedId} into this one (gộp hồ sơ): memberships and history move here. */
    @POST
    @Path("{id}/merge")
    public PersonView merge(@PathParam("id") Long id, MergeRequest request) {
        MergeRequest merge = bodies.valid(request == null ? new MergeRequest() : request);
        return personMerges.merge(id, merge.mergedId, merge.reason);
    }

    /** Persons already registered who are probably the one described: same name and birth date, or same phone. */
    @POST
    @Path("duplicates")
    public List<PersonView> likelyDuplicates(PersonRequest request) {
        return persons.likelyDuplicates(bodies.valid(details(request)), null);
    }

    @POST
    public Response register(PersonRequest request) {
        PersonView created = persons.register(details(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public PersonView correct(@PathParam("id") Long id, PersonRequest request) {
        return persons.correct(id, details(request));
    }

    /**
     * The details as sent. A value that cannot be read (a gender "ROBOT", a day "31/02") is refused
     * with every other mistake of the request in one answer; the registry checks the rest.
     */
    private NewPerson details(PersonRequest request) {
        if (request == null) {
            throw new InvalidInput("body", "validation.required");
        }
        RequestValues read = new RequestValues();
        NewPerson details = new NewPerson(request.fullName, read.constant(Gender.class, request.gender, "gender"),
                read.date(request.birthDate, "birthDate"), request.nationalId, request.phone, request.ethnicityCode,
                request.religionCode, request.education, request.occupation, request.hamletCode, request.address);
        read.read(() -> persons.check(details));
        return details;
    }
}
