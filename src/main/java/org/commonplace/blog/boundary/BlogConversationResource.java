package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.blog.control.BlogComments;
import org.commonplace.blog.control.BlogConsent;
import org.commonplace.blog.control.BlogPosts;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Consent answers, and the moderation of comments, through the API. */
@Path("api/v1/blog")
@RequestScoped
@Tag(name = "Blog")
@Produces(MediaType.APPLICATION_JSON)
public class BlogConversationResource {
    public record Decision(String decision, String note) { }
    public record Moderation(String action, String reason) { }
    public record Report(String reason) { }
    public record Resolution(String decision, String reason) { }

    @Inject CurrentViewer currentViewer;
    @Inject BlogPosts posts;
    @Inject BlogConsent consent;
    @Inject BlogComments comments;

    @GET
    @Path("consents")
    @Operation(summary = "The requests for the caller's consent (or their organisation's), newest first (signed in)")
    public Map<String, List<BlogPosts.ConsentRequest>> consents() {
        return Map.of("items", posts.consentRequests(currentViewer.get()));
    }

    @GET
    @Path("consents/{subjectId}")
    @Operation(summary = "One request for the caller's consent, with the post it is about (the person named, or the organisation's members)")
    public BlogConsent.ConsentView consentRequest(@PathParam("subjectId") long subjectId) {
        return consent.consentView(currentViewer.get(), subjectId);
    }

    @POST
    @Path("consents/{subjectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a request for consent: {decision: GIVE | REFUSE | WITHDRAW, note?} (at most 1,000 characters). "
            + "GIVE covers the post's text as it is now; withdrawing or refusing takes a published post off the blog at once "
            + "and cancels a schedule.")
    public BlogConsent.ConsentView decide(@PathParam("subjectId") long subjectId, Decision body) {
        Bodies.required(body, "{\"decision\"}");
        consent.decide(currentViewer.get(), subjectId, body.decision(), body.note());
        return consent.consentView(currentViewer.get(), subjectId);
    }

    @DELETE
    @Path("comments/{commentId}")
    @Operation(summary = "Delete a comment (its author, coordinators)")
    public Response deleteComment(@PathParam("commentId") long commentId) {
        comments.delete(currentViewer.get(), commentId);
        return Response.noContent().build();
    }

    @POST
    @Path("comments/{commentId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide or show a comment (coordinators): {action: HIDE | UNHIDE, reason} (reason required, at most 500 characters)")
    public Response moderate(@PathParam("commentId") long commentId, Moderation body) {
        Bodies.required(body, "{\"action\",\"reason\"}");
        comments.moderate(currentViewer.get(), commentId, body.action(), body.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("comments/{commentId}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a comment to the coordinators (signed in, not its author): {reason} (at most 500 characters); "
            + "one open report per person and comment (409). 201 with {id}")
    public Response flag(@PathParam("commentId") long commentId, Report body) {
        Bodies.required(body, "{\"reason\"}");
        long id = comments.flag(currentViewer.get(), commentId, body.reason());
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("flags")
    @Operation(summary = "Open reports of comments, oldest first (coordinators)")
    public Map<String, List<BlogComments.Flagged>> flags() {
        return Map.of("items", comments.openFlags(currentViewer.get()));
    }

    @POST
    @Path("flags/{flagId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve a report (coordinators): {decision: DISMISS | HIDE_COMMENT, reason}")
    public Response resolve(@PathParam("flagId") long flagId, Resolution body) {
        Bodies.required(body, "{\"decision\",\"reason\"}");
        comments.resolve(currentViewer.get(), flagId, body.decision(), body.reason());
        return Response.noContent().build();
    }
}
