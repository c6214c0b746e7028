package org.commonplace.workspace.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.view.View;
import org.commonplace.workspace.control.DraftDiffs;
import org.commonplace.workspace.control.Drafts;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Shared documents in the browser: list, read a version, edit (a conflict shows both texts), compare, comment, restore. */
@Path("workspaces/{id}/documents")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {
    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;
    @Inject Drafts drafts;

    @GET
    @Operation(hidden = true)
    public View list(@PathParam("id") long id) {
        return listPage(id, Map.of());
    }

    private View listPage(long id, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "documents");
        model.put("documents", drafts.list(currentViewer.get(), id));
        return new View("workspace-documents", model);
    }

    @POST
    @Operation(hidden = true)
    public Response create(@PathParam("id") long id, @FormParam("title") String title, @FormParam("body") String body) {
        long[] created = new long[1];
        Response r = WorkspacePages.act(() -> created[0] = drafts.create(currentViewer.get(), id, title, body), "/workspaces/" + id + "/documents",
                problem -> listPage(id, Map.of("error", problem.detail(), "typedTitle", WorkspacePages.orEmpty(title),
                        "typedBody", WorkspacePages.orEmpty(body))));
        return r.getStatus() == 303 ? Response.seeOther(URI.create("/workspaces/" + id + "/documents/" + created[0])).build() : r;
    }

    @GET
    @Path("{documentId}")
    @Operation(hidden = true)
    public View one(@PathParam("id") long id, @PathParam("documentId") long documentId, @QueryParam("version") Integer version) {
        return documentPage(id, documentId, version, Map.of());
    }

    private View documentPage(long id, long documentId, Integer version, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "documents");
        model.put("doc", drafts.one(currentViewer.get(), id, documentId, version));
        return new View("workspace-document", model);
    }

    @POST
    @Path("{documentId}")
    @Operation(hidden = true)
    public Response save(@PathParam("id") long id, @PathParam("documentId") long documentId, @FormParam("title") String title,
                         @FormParam("body") String body, @FormParam("baseVersion") Integer baseVersion, @FormParam("note") String note) {
        try {
            drafts.save(currentViewer.get(), id, documentId, baseVersion, title, body, note);
            return Response.seeOther(URI.create("/workspaces/" + id + "/documents/" + documentId)).build();
        } catch (Drafts.EditConflict conflict) {
            // both texts side by side, the editor holding the sender's text on top of the current version
            Map<String, Object> model = new HashMap<>();
            model.put("conflict", conflict);
            model.put("conflictDiff", DraftDiffs.rows(conflict.currentBody(), conflict.yourBody(), DraftDiffs.SIDE_BY_SIDE));
            return Response.status(409).entity(documentPage(id, documentId, null, model)).build();
        } catch (org.commonplace.platform.problem.ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(documentPage(id, documentId, null, Map.of("error", problem.detail(),
                    "typedTitle", WorkspacePages.orEmpty(title), "typedBody", WorkspacePages.orEmpty(body)))).build();
        }
    }

    @GET
    @Path("{documentId}/diff")
    @Operation(hidden = true)
    public View diff(@PathParam("id") long id, @PathParam("documentId") long documentId, @QueryParam("from") Integer from,
                     @QueryParam("to") Integer to, @QueryParam("mode") String mode) {
        var doc = drafts.one(currentViewer.get(), id, documentId, null);
        int b = to == null ? doc.currentVersion() : to;
        int a = from == null ? Math.max(1, b - 1) : from;
        Map<String, Object> model = new HashMap<>();
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "documents");
        model.put("doc", doc);
        model.put("diff", drafts.diff(currentViewer.get(), id, documentId, a, b, mode));
        return new View("workspace-diff", model);
    }

    @POST
    @Path("{documentId}/comments")
    @Operation(hidden = true)
    public Response comment(@PathParam("id") long id, @PathParam("documentId") long documentId, @FormParam("version") Integer version,
                            @FormParam("anchor") String anchor, @FormParam("body") String body) {
        String back = "/workspaces/" + id + "/documents/" + documentId + (version == null ? "" : "?version=" + version);
        return WorkspacePages.act(() -> drafts.comment(currentViewer.get(), id, documentId, version, anchor, body), back + "#comments",
                problem -> documentPage(id, documentId, version, Map.of("commentError", problem.detail(), "typedComment",
                        WorkspacePages.orEmpty(body))));
    }

    @POST
    @Path("{documentId}/restore")
    @Operation(hidden = true)
    public Response restore(@PathParam("id") long id, @PathParam("documentId") long documentId, @FormParam("version") int version) {
        drafts.restore(currentViewer.get(), id, documentId, version);
        return Response.seeOther(URI.create("/workspaces/" + id + "/documents/" + documentId)).build();
    }
}
