package org.commonplace.workspace.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.problem.ErrorResponses;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.web.Bodies;
import org.commonplace.workspace.control.DraftViews;
import org.commonplace.workspace.control.Drafts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared documents: versions, diffs, comments, restore; a save on top of an old version answers 409 with both texts. */
@Path("api/v1/workspaces/{id}/documents")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    public record NewDocument(String title, String body) { }
    public record Save(String title, String body, Integer baseVersion, String note) { }
    public record NewComment(Integer version, String anchor, String body) { }
    public record Restore(Integer version) { }

    @Inject CurrentViewer currentViewer;
    @Inject Drafts drafts;

    @GET
    @Operation(summary = "The workspace's shared documents, last changed first")
    public Map<String, List<DraftViews.Summary>> list(@PathParam("id") long id) {
        return Map.of("items", drafts.list(currentViewer.get(), id));
    }

    @POST
    @Operation(summary = "Start a document {\"title\",\"body\"} (Markdown, at most 100,000 characters) → 201")
    public Response create(@PathParam("id") long id, NewDocument body) {
        Bodies.required(body, "{\"title\",\"body\"}");
        long documentId = drafts.create(currentViewer.get(), id, body.title(), body.body());
        return Response.created(URI.create("/api/v1/workspaces/" + id + "/documents/" + documentId))
                .entity(drafts.one(currentViewer.get(), id, documentId, null)).build();
    }

    @GET
    @Path("{documentId}")
    @Operation(summary = "A document at its current version, or ?version=N; with every version listed and that version's comments")
    public DraftViews.Document one(@PathParam("id") long id, @PathParam("documentId") long documentId, @QueryParam("version") Integer version) {
        return drafts.one(currentViewer.get(), id, documentId, version);
    }

    @PUT
    @Path("{documentId}")
    @Operation(summary = "Save a new version {\"title\",\"body\",\"baseVersion\",\"note\"?}. When someone saved after baseVersion: 409 "
            + "with currentVersion, currentTitle, currentBody, yourTitle and yourBody, and nothing is overwritten")
    public Response save(@PathParam("id") long id, @PathParam("documentId") long documentId, Save body) {
        Bodies.required(body, "{\"title\",\"body\",\"baseVersion\",\"note\"?}");
        try {
            drafts.save(currentViewer.get(), id, documentId, body.baseVersion(), body.title(), body.body(), body.note());
        } catch (Drafts.EditConflict conflict) {
            return conflict(conflict);
        }
        return Response.ok(drafts.one(currentViewer.get(), id, documentId, null)).build();
    }

    @GET
    @Path("{documentId}/diff")
    @Operation(summary = "Compare two versions ?from=&to=&mode=side-by-side|inline; lines are HTML with <del> and <ins>")
    public DraftViews.Diff diff(@PathParam("id") long id, @PathParam("documentId") long documentId, @QueryParam("from") Integer from,
                                @QueryParam("to") Integer to, @QueryParam("mode") String mode) {
        if (from == null || to == null) throw Invalid.field(from == null ? "from" : "to", "Name the two versions to compare (from and to).");
        return drafts.diff(currentViewer.get(), id, documentId, from, to, mode);
    }

    @POST
    @Path("{documentId}/comments")
    @Operation(summary = "Comment on a version {\"version\"?,\"anchor\"?,\"body\"}: anchor quotes the passage it is about → 201")
    public Response comment(@PathParam("id") long id, @PathParam("documentId") long documentId, NewComment body) {
        Bodies.required(body, "{\"version\"?,\"anchor\"?,\"body\"}");
        return Response.status(201).entity(drafts.comment(currentViewer.get(), id, documentId, body.version(), body.anchor(), body.body()))
                .build();
    }

    @POST
    @Path("{documentId}/restore")
    @Operation(summary = "Bring back an earlier version {\"version\"} as a new version (nothing in between is lost)")
    public DraftViews.Document restore(@PathParam("id") long id, @PathParam("documentId") long documentId, Restore body) {
        Bodies.required(body, "{\"version\"}");
        if (body.version() == null) throw Invalid.field("version", "Say which version to restore.");
        drafts.restore(currentViewer.get(), id, documentId, body.version());
        return drafts.one(currentViewer.get(), id, documentId, null);
    }

    /** The problem, plus both texts, so that the second writer loses nothing. */
    static Response conflict(Drafts.EditConflict c) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", c.title());
        problem.put("status", 409);
        problem.put("detail", c.detail());
        problem.put("baseVersion", c.baseVersion());
        problem.put("currentVersion", c.currentVersion());
        problem.put("currentTitle", c.currentTitle());
        problem.put("currentBody", c.currentBody());
        problem.put("yourTitle", c.yourTitle());
        problem.put("yourBody", c.yourBody());
        return Response.status(409).type(ErrorResponses.PROBLEM_JSON).entity(problem).build();
    }
}
