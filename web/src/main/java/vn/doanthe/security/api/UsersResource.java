package vn.doanthe.security.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.platform.api.Parse;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.security.boundary.ApiTokens;
import vn.doanthe.security.boundary.NewUser;
import vn.doanthe.security.boundary.TokenView;
import vn.doanthe.security.boundary.UserChange;
import vn.doanthe.security.boundary.UserView;
import vn.doanthe.security.boundary.Users;
import vn.doanthe.platform.access.Role;

/** Accounts over HTTP, for administrators: open, change, reset a password, lock and unlock. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @Inject
    RequestBodies bodies;

    @Inject
    ApiTokens tokens;

    @Context
    UriInfo uri;

    @GET
    public Page<UserView> list(@QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return users.list(q, PageRequest.of(page, size, 50));
    }

    @GET
    @Path("{username}")
    public UserView find(@PathParam("username") String username) {
        return users.view(username);
    }

    @POST
    public Response create(UserRequest request) {
        users.requireAdmin();
        UserView created = users.create(bodies.valid(new NewUser(request.username, request.displayName, request.email,
                request.password,
                roles(request.roles), request.scopeUnit, organisations(request.organisations),
                request.mustChangePassword == null || request.mustChangePassword)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}")
    public UserView update(@PathParam("username") String username, UserRequest request) {
        users.requireAdmin();
        return users.update(username, bodies.valid(new UserChange(request.displayName, request.email, roles(request.roles),
                request.scopeUnit, organisations(request.organisations))));
    }

    @POST
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, PasswordRequest request) {
        users.requireAdmin();
        bodies.valid(request);
        users.resetPassword(username, request.password.toCharArray());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/lock")
    public UserView lock(@PathParam("username") String username) {
        return users.lock(username);
    }

    @POST
    @Path("{username}/unlock")
    public UserView unlock(@PathParam("username") String username) {
        return users.unlock(username);
    }

    /** The API tokens of an account the administrator administers (a service account's, say). */
    @GET
    @Path("{username}/tokens")
    public List<TokenView> tokens(@PathParam("username") String username) {
        users.requireAdmin();
        return tokens.list(username);
    }

    /** A new API token for an account the administrator administers; its secret is in the answer, this once. */
    @POST
    @Path("{username}/tokens")
    public Response createToken(@PathParam("username") String username, TokenRequest request) {
        users.requireAdmin();
        return TokenRequest.create(tokens, username, request, uri);
    }

    @DELETE
    @Path("{username}/tokens/{id}")
    public TokenView revokeToken(@PathParam("username") String username, @PathParam("id") Long id) {
        users.requireAdmin();
        return tokens.revoke(username, id);
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Parse.constant(Role.class, name, "roles")));
        }
        return roles;
    }

    private static Set<String> organisations(List<String> codes) {
        return codes == null ? Set.of() : codes.stream().map(String::trim).collect(Collectors.toSet());
    }
}
