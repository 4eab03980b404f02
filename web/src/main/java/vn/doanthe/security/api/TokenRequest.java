package vn.doanthe.security.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.security.boundary.ApiTokens;
import vn.doanthe.security.boundary.TokenView;

/** Body of POST /account/tokens and POST /users/{username}/tokens: a name and the last day of validity. */
public class TokenRequest {

    public String name;

    /** yyyy-MM-dd, at most a year from today. */
    public String expiresOn;

    /** Creates the token this request asks for {@code username} (null: the caller's own): 201 with its secret, once. */
    static Response create(ApiTokens tokens, String username, TokenRequest request, UriInfo uri) {
        TokenView created = tokens.create(username, request == null ? null : request.name,
                request == null ? null : Parse.date(request.expiresOn, "expiresOn"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
