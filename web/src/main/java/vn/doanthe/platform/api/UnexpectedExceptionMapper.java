package vn.doanthe.platform.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.web.DomainMessages;

/**
 * Everything else: HTTP errors keep their status, an unreadable body is a 400, and a failure of
 * ours is a 500 with an incident number to quote, its stack trace in the server log only.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof DomainException domain) {
            return DomainExceptionMapper.problem(domain, headers);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ConstraintViolationMapper.problem(violations, headers);
        }
        if (cause instanceof BodyRefused refused) {
            return BodyRefusedMapper.problem(refused, headers);
        }
        if (cause instanceof WebApplicationException http) {
            String parameter = queryParameterOf(http);
            if (parameter != null) {
                String message = DomainMessages.format("validation.queryParameter", RequestLocale.of(headers));
                return new Problem(Response.Status.BAD_REQUEST, message).field(parameter, message).response();
            }
            Response.StatusType status = http.getResponse().getStatusInfo();
            if (http.getCause() instanceof JsonbException) {
                return unreadable();
            }
            return new Problem(status, null).response();
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            // On the server, JAX-RS reports a body it could not read as a ProcessingException.
            return unreadable();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, e);
        return new Problem(Response.Status.INTERNAL_SERVER_ERROR,
                DomainMessages.format("error.unexpected", RequestLocale.of(headers), incident)).response();
    }

    /**
     * The query parameter Jersey could not convert ({@code page=abc}), which JAX-RS answers with
     * 404 as if the resource did not exist; it is the client's value that is wrong, a 400 naming
     * the parameter. Jersey's exception is found by name and its parameter read reflectively, so
     * that the application compiles against the Jakarta API alone.
     */
    private static String queryParameterOf(WebApplicationException e) {
        if (!e.getClass().getName().endsWith("ParamException$QueryParamException")) {
            return null;
        }
        try {
            return (String) e.getClass().getMethod("getParameterName").invoke(e);
        } catch (ReflectiveOperationException | ClassCastException unexpected) {
            return null;
        }
    }

    private Response unreadable() {
        return new Problem(Response.Status.BAD_REQUEST,
                DomainMessages.format("error.unreadableBody", RequestLocale.of(headers))).response();
    }
}
