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
import org.commonplace.forum.control.Moderation;
import org.commonplace.forum.control.PostChanges;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Map;

/** Moderation from the pages: the thread's moderation form, flagging a post, the cohort's review queue. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {
    @Inject CurrentViewer currentViewer;
    @Inject Moderation moderation;
    @Inject PostChanges posts;

    @POST
    @Path("threads/{id}/moderate")
    @Operation(hidden = true)
    public Response thread(@PathParam("id") long threadId, @FormParam("action") String action,
                           @FormParam("boardId") Long boardId, @FormParam("reason") String reason) {
        try {
            moderation.moderateThread(currentViewer.get(), threadId, action, boardId, reason);
        } catch (ProblemException problem) {
            if (problem.status() != 422) throw problem;
            return Response.status(422).entity(new View("error", Map.of("problem", problem.toProblem()))).build();
        }
        return Response.seeOther(URI.create("/threads/" + threadId)).build();
    }

    @POST
    @Path("posts/{id}/moderate")
    @Operation(hidden = true)
    public Response post(@PathParam("id") long postId, @FormParam("action") String action, @FormParam("reason") String reason) {
        PostChanges.PostHistory post = posts.history(currentViewer.get(), postId);
        try {
            moderation.moderatePost(currentViewer.get(), postId, action, reason);
        } catch (ProblemException problem) {
            if (problem.status() != 422) throw problem;
            return Response.status(422).entity(new View("error", Map.of("problem", problem.toProblem()))).build();
        }
        return Response.seeOther(PostPages.postLink(post.threadId(), post.position())).build();
    }

    @GET
    @Path("posts/{id}/flag")
    @Operation(hidden = true)
    public View flagForm(@PathParam("id") long postId) {
        return new View("flag", Map.of("post", posts.history(currentViewer.get(), postId)));
    }

    @POST
    @Path("posts/{id}/flag")
    @Operation(hidden = true)
    public Response flag(@PathParam("id") long postId, @FormParam("reason") String reason) {
        PostChanges.PostHistory post = posts.history(currentViewer.get(), postId);
        try {
            moderation.flag(currentViewer.get(), postId, reason);
        } catch (ProblemException problem) {
            if (problem.status() != 422 && problem.status() != 409) throw problem;
            return Response.status(problem.status()).entity(new View("flag", Map.of("post", post,
                    "errors", problem.fieldErrors().isEmpty()
                            ? java.util.List.of(new org.commonplace.platform.problem.Problem.FieldError("reason", problem.detail()))
                            : problem.fieldErrors(), "reason", reason == null ? "" : reason))).build();
        }
        return Response.ok(new View("flag", Map.of("post", post, "sent", true))).build();
    }

    @POST
    @Path("flags/{id}/resolve")
    @Operation(hidden = true)
    public Response resolve(@PathParam("id") long flagId, @FormParam("decision") String decision,
                            @FormParam("reason") String reason, @FormParam("cohortId") long cohortId) {
        moderation.resolve(currentViewer.get(), flagId, decision, reason);
        return Response.seeOther(URI.create("/cohorts/" + cohortId + "/moderation")).build();
    }
}
