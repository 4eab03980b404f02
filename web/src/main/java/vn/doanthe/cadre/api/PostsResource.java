package vn.doanthe.cadre.api;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.doanthe.cadre.boundary.NewPostType;
import vn.doanthe.cadre.boundary.PostTypeChange;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.cadre.entity.PostRank;
import vn.doanthe.platform.api.RequestBodies;
import vn.doanthe.platform.api.RequestValues;

/** The posts of each organisation's units over HTTP: listed for everyone, added and changed by an administrator. */
@Path("posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostsResource {

    @Inject
    Posts posts;

    @Inject
    RequestBodies bodies;

    @Context
    UriInfo uri;

    @GET
    public List<PostTypeView> posts(@QueryParam("organisation") String organisation) {
        return posts.list(organisation);
    }

    @POST
    public Response addPost(PostTypeRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        PostRank rank = read.constant(PostRank.class, request.rank, "rank");
        read.read();
        PostTypeView created = posts.create(new NewPostType(request.code, request.name, request.organisation,
                request.unitType, rank, request.singleHolder, request.termMonths));
        return Response.created(uri.getBaseUriBuilder().path("posts").path(created.code()).build()).entity(created)
                .build();
    }

    @PUT
    @Path("{code}")
    public PostTypeView changePost(@PathParam("code") String code, PostTypeRequest request) {
        bodies.valid(request);
        RequestValues read = new RequestValues();
        PostRank rank = read.constant(PostRank.class, request.rank, "rank");
        read.read();
        return posts.change(code, new PostTypeChange(request.name, rank, request.singleHolder, request.termMonths,
                request.active));
    }
}
