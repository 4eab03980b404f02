package vn.doanthe.security.api;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.security.boundary.ApiTokens;
import vn.doanthe.security.boundary.SignedInUser;
import vn.doanthe.security.boundary.TokenView;
import vn.doanthe.security.boundary.Users;

/**
 * The caller's own account over HTTP: who they are, their API tokens, and the change of a password
 * an administrator gave them (the one call the API answers before that change).
 */
@Path("account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Users users;

    @Inject
    RequestBodies bodies;

    @Inject
    SecurityContext security;

    @Inject
    ApiTokens tokens;

    @Context
    UriInfo uri;

    @GET
    public SignedInUser whoAmI() {
        String name = security.getCallerPrincipal().getName();
        return users.find(name).orElseThrow(() -> new RecordNotFound("username", "security.error.userNotFound", name));
    }

    /** The caller's API tokens, newest first (never their secrets). */
    @GET
    @Path("tokens")
    public List<TokenView> tokens() {
        return tokens.list(null);
    }

    /** A new API token for the caller: {@code name}, {@code expiresOn}; its secret is in the answer, this once. */
    @POST
    @Path("tokens")
    public Response createToken(TokenRequest request) {
        return TokenRequest.create(tokens, null, request, uri);
    }

    @DELETE
    @Path("tokens/{id}")
    public TokenView revokeToken(@PathParam("id") Long id) {
        return tokens.revoke(null, id);
    }

    @POST
    @Path("password")
    public Response changePassword(OwnPasswordRequest request) {
        bodies.valid(request);
        users.changeOwnPassword(request.currentPassword.toCharArray(), request.newPassword.toCharArray());
        return Response.noContent().build();
    }
}
