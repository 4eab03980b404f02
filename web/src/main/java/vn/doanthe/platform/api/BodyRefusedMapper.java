package vn.doanthe.platform.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import vn.doanthe.platform.web.DomainMessages;

/** A refused request body: 400 (one error per field at fault) or 413, in the client's language, nothing logged. */
@Provider
public class BodyRefusedMapper implements ExceptionMapper<BodyRefused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(BodyRefused e) {
        return problem(e, headers);
    }

    static Response problem(BodyRefused e, HttpHeaders headers) {
        Locale locale = RequestLocale.of(headers);
        Problem problem = new Problem(e.status(), DomainMessages.format(e.messageKey(), locale, e.arguments()));
        for (BodyRefused.Mistake mistake : e.mistakes()) {
            problem.field(mistake.field(), DomainMessages.format(mistake.messageKey(), locale, mistake.arguments()));
        }
        return problem.response();
    }
}
