package vn.doanthe.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Locale;
import vn.doanthe.platform.web.DomainMessages;

/** Bean Validation refusals: 400, one error per field, named as in the request body. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return problem(e, headers);
    }

    static Response problem(ConstraintViolationException e, HttpHeaders headers) {
        Locale locale = RequestLocale.of(headers);
        Problem problem = new Problem(Response.Status.BAD_REQUEST, DomainMessages.format("validation.invalid", locale));
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problem.field(field(v), DomainMessages.text(v, locale)));
        return problem.response();
    }

    private static String field(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                last = node.getName();
            }
        }
        return last;
    }
}
