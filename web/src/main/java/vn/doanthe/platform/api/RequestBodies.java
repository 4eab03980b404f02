package vn.doanthe.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import vn.doanthe.platform.boundary.InvalidInput;

/**
 * Checks a request body against its constraints. Resources call it instead of annotating their
 * parameters with {@code @Valid}: Payara's OpenAPI generator fails on constraint annotations on
 * body parameters (payara/Payara#7649), and {@code /openapi} must keep working.
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    public <T> T valid(T body) {
        if (body == null) {
            throw new InvalidInput("body", "validation.required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
