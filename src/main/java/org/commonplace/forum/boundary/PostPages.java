package org.commonplace.forum.boundary;

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
import org.commonplace.forum.control.PostChanges;
import org.commonplace.forum.control.Reactions;
import org.commonplace.forum.control.Threads;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Editing, deleting, reacting to and marking posts from the thread page. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PostPages {
    @Inject CurrentViewer currentViewer;
    @Inject PostChanges changes;
    @Inject Reactions reactions;

    @GET
    @Path("posts/{id}/edit")
    @Operation(hidden = true)
    public View editForm(@PathParam("id") long postId) {
        return new View("post-edit", Map.of("post", changes.editable(currentViewer.get(), postId)));
    }

    @POST
    @Path("posts/{id}/edit")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") long postId, @FormParam("body") String body, @FormParam("reason") String reason) {
        PostChanges.Editable post = changes.editable(currentViewer.get(), postId);
        try {
            changes.edit(currentViewer.get(), postId, body, reason);
        } catch (Invalid invalid) {
            Map<String, Object> model = new HashMap<>();
            model.put("post", new PostChanges.Editable(post.postId(), post.threadId(), post.position(), post.threadTitle(),
                    body == null ? "" : body));
            model.put("reason", reason == null ? "" : reason);
            model.put("errors", invalid.fieldErrors());
            return Response.status(422).entity(new View("post-edit", model)).build();
        }
        return Response.seeOther(postLink(post.threadId(), post.position())).build();
    }

    @POST
    @Path("posts/{id}/delete")
    @Operation(hidden = true)
    public Response delete(@PathParam("id") long postId) {
        PostChanges.Editable post = changes.editable(currentViewer.get(), postId);
        changes.delete(currentViewer.get(), postId);
        return Response.seeOther(postLink(post.threadId(), post.position())).build();
    }

    @GET
    @Path("posts/{id}/history")
    @Operation(hidden = true)
    public View history(@PathParam("id") long postId) {
        return new View("post-history", Map.of("history", changes.history(currentViewer.get(), postId)));
    }

    @POST
    @Path("posts/{id}/react")
    @Operation(hidden = true)
    public Response react(@PathParam("id") long postId, @FormParam("kind") String kind, @FormParam("on") boolean on) {
        reactions.react(currentViewer.get(), postId, kind, on);
        PostChanges.PostHistory post = changes.history(currentViewer.get(), postId);
        return Response.seeOther(postLink(post.threadId(), post.position())).build();
    }

    @POST
    @Path("threads/{id}/answer")
    @Operation(hidden = true)
    public Response answer(@PathParam("id") long threadId, @FormParam("postId") Long postId) {
        reactions.markAnswer(currentViewer.get(), threadId, postId);
        return Response.seeOther(URI.create("/threads/" + threadId)).build();
    }

    static URI postLink(long threadId, int position) {
        int page = (position - 1) / Threads.POSTS_PER_PAGE + 1;
        return URI.create("/threads/" + threadId + "?page=" + page + "#post-" + position);
    }
}
