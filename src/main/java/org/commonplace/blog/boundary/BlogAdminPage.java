package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.blog.control.BlogAuthors;
import org.commonplace.blog.control.BlogComments;
import org.commonplace.blog.control.BlogPosts;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Map;

/** The coordinators' blog desk: posts waiting for review, reported comments, which programmes' partners may write. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class BlogAdminPage {
    @Inject CurrentViewer currentViewer;
    @Inject BlogPosts posts;
    @Inject BlogComments comments;
    @Inject BlogAuthors authors;

    @GET
    @Path("admin/blog")
    @Operation(hidden = true)
    public View desk() {
        Viewer viewer = currentViewer.get();
        return new View("blog-admin", Map.of("queue", posts.reviewQueue(viewer), "flags", comments.openFlags(viewer),
                "programmes", authors.settings(viewer)));
    }

    @POST
    @Path("admin/blog/programmes/{id}")
    @Operation(hidden = true)
    public Response partners(@PathParam("id") long programmeId, @FormParam("partnersMayWrite") boolean allowed) {
        authors.allowPartners(currentViewer.get(), programmeId, allowed);
        return Response.seeOther(URI.create("/admin/blog#programmes")).build();
    }

    @POST
    @Path("admin/blog/flags/{id}/resolve")
    @Operation(hidden = true)
    public Response resolve(@PathParam("id") long flagId, @FormParam("decision") String decision, @FormParam("reason") String reason) {
        comments.resolve(currentViewer.get(), flagId, decision, reason);
        return Response.seeOther(URI.create("/admin/blog#flags")).build();
    }
}
