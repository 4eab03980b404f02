package vn.doanthe.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.InvalidInputs;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.web.DomainMessages;

/** A refusal of the domain: 400 invalid input, 403 not allowed, 404 not found (or out of scope), 409 conflict. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return problem(e, headers);
    }

    static Response problem(DomainException e, HttpHeaders headers) {
        String message = DomainMessages.text(e, RequestLocale.of(headers));
        Response.Status status = e instanceof RecordNotFound ? Response.Status.NOT_FOUND
                : e instanceof Conflict ? Response.Status.CONFLICT
                : e instanceof AccessDenied ? Response.Status.FORBIDDEN
                : Response.Status.BAD_REQUEST;
        if (e instanceof InvalidInputs several) {
            Locale locale = RequestLocale.of(headers);
            Problem problem = new Problem(status, DomainMessages.format("validation.invalid", locale));
            several.each().forEach(each -> problem.field(each.field(), DomainMessages.text(each, locale)));
            return problem.response();
        }
        Problem problem = new Problem(status, message);
        return (e.field() == null ? problem : problem.field(e.field(), message)).response();
    }
}
