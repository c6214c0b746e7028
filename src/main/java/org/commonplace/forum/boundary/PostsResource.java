package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.PostChanges;
import org.commonplace.forum.control.Reactions;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One post: edit it (keeping its history), delete it, react to it. */
@Path("api/v1/posts/{id}")
@RequestScoped
@Tag(name = "Forum")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {
    public record Edit(String body, String reason) { }
    public record PostAction(String action, String reason) { }
    public record NewFlag(String reason) { }

    @Inject CurrentViewer currentViewer;
    @Inject PostChanges changes;
    @Inject Reactions reactions;
    @Inject org.commonplace.forum.control.Moderation moderation;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a post: {body, reason?}; the earlier text is kept as a revision (author or the cohort's moderators)")
    public Response edit(@PathParam("id") long id, Edit body) {
        Bodies.required(body, "{\"body\",\"reason\"?}");
        changes.edit(currentViewer.get(), id, body.body(), body.reason());
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Delete a post: it stays in place as \"deleted\" (author or the cohort's moderators)")
    public Response delete(@PathParam("id") long id) {
        changes.delete(currentViewer.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("revisions")
    @Operation(summary = "The post's earlier texts, newest first, with who edited, when and why")
    public PostChanges.PostHistory revisions(@PathParam("id") long id) {
        return changes.history(currentViewer.get(), id);
    }

    @POST
    @Path("reactions/{kind}")
    @Operation(summary = "React with HELPFUL or THANKS (once each per person)")
    public Reactions.Counts react(@PathParam("id") long id, @PathParam("kind") String kind) {
        return reactions.react(currentViewer.get(), id, kind, true);
    }

    @DELETE
    @Path("reactions/{kind}")
    @Operation(summary = "Take a reaction back")
    public Reactions.Counts unreact(@PathParam("id") long id, @PathParam("kind") String kind) {
        return reactions.react(currentViewer.get(), id, kind, false);
    }

    @POST
    @Path("moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HIDE or UNHIDE the post: {action, reason}; coordinators and the cohort's mentors; logged")
    public Response moderate(@PathParam("id") long id, PostAction body) {
        Bodies.required(body, "{\"action\",\"reason\"}");
        moderation.moderatePost(currentViewer.get(), id, body.action(), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Flag the post for the moderators: {reason}; 409 while you have an open flag on it")
    public Response flag(@PathParam("id") long id, NewFlag body) {
        Bodies.required(body, "{\"reason\"}");
        long flagId = moderation.flag(currentViewer.get(), id, body.reason());
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", flagId)).build();
    }
}
