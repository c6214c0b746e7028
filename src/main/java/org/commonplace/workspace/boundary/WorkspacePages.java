package org.commonplace.workspace.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.library.boundary.FileResponses;
import org.commonplace.library.control.LibraryLimits;
import org.commonplace.library.control.ResourceFiles;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.commonplace.workspace.control.Agreements;
import org.commonplace.workspace.control.Journal;
import org.commonplace.workspace.control.MessagePosting;
import org.commonplace.workspace.control.Messages;
import org.commonplace.workspace.control.WorkspaceExport;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The workspace in the browser: the list, the top (agreement, members, audit), messages, journal, export. */
@Path("workspaces")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class WorkspacePages {
    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;
    @Inject Agreements agreements;
    @Inject Messages messages;
    @Inject MessagePosting posting;
    @Inject Journal journal;
    @Inject WorkspaceExport export;
    @Inject LibraryLimits limits;

    @GET
    @Operation(hidden = true)
    public View list() {
        Viewer viewer = currentViewer.get();
        return new View("workspaces", Map.of("workspaces", workspaces.mine(viewer)));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public View overview(@PathParam("id") long id) {
        return overview(id, Map.of());
    }

    private View overview(long id, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "overview");
        return new View("workspace", model);
    }

    @POST
    @Path("{id}/agreement")
    @Operation(hidden = true)
    public Response agreement(@PathParam("id") long id, @FormParam("communication") String communication,
                              @FormParam("mentorExpects") String mentorExpects, @FormParam("menteeExpects") String menteeExpects) {
        return act(() -> agreements.revise(currentViewer.get(), id, communication, mentorExpects, menteeExpects), "/workspaces/" + id,
                problem -> overview(id, Map.of("agreementError", problem.detail(), "typed",
                        Map.of("communication", orEmpty(communication), "mentorExpects", orEmpty(mentorExpects), "menteeExpects", orEmpty(menteeExpects)))));
    }

    @POST
    @Path("{id}/agreement/confirm")
    @Operation(hidden = true)
    public Response confirm(@PathParam("id") long id, @FormParam("revision") int revision) {
        return act(() -> agreements.confirm(currentViewer.get(), id, revision), "/workspaces/" + id,
                problem -> overview(id, Map.of("agreementError", problem.detail())));
    }

    @POST
    @Path("{id}/aspirations")
    @Operation(hidden = true)
    public Response aspirations(@PathParam("id") long id, @FormParam("aspirations") String text) {
        return act(() -> { workspaces.changeAspirations(currentViewer.get(), id, text); return null; }, "/workspaces/" + id,
                problem -> overview(id, Map.of("aspirationsError", problem.detail())));
    }

    @GET
    @Path("{id}/audit")
    @Operation(hidden = true)
    public View audit(@PathParam("id") long id) {
        var overview = workspaces.overview(currentViewer.get(), id);
        return new View("workspace-audit", Map.of("ws", overview, "tab", "audit", "audit", workspaces.audit(currentViewer.get(), id)));
    }

    @GET
    @Path("{id}/messages")
    @Operation(hidden = true)
    public View messages(@PathParam("id") long id, @QueryParam("page") Integer page) {
        return messagesPage(id, page == null || page < 1 ? 1 : page, Map.of());
    }

    private View messagesPage(long id, int page, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "messages");
        var p = messages.page(currentViewer.get(), id, page, 50);
        List<Object> chronological = new ArrayList<>(p.items());
        java.util.Collections.reverse(chronological);
        model.put("messages", p);
        model.put("chronological", chronological);
        model.put("fileLimit", limits.fileLimitText());
        return new View("workspace-messages", model);
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response post(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        String body = null;
        List<MessagePosting.Upload> uploads = new ArrayList<>();
        for (EntityPart part : parts) {
            if ("body".equals(part.getName())) body = part.getContent(String.class);
            else if ("file".equals(part.getName()) && part.getFileName().isPresent() && !part.getFileName().get().isEmpty()) {
                uploads.add(new MessagePosting.Upload(part.getFileName().get(), part.getContent()));
            }
        }
        String typed = body;
        return act(() -> posting.post(currentViewer.get(), id, typed, uploads), "/workspaces/" + id + "/messages",
                problem -> messagesPage(id, 1, Map.of("error", problem.detail(), "typed", orEmpty(typed))));
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        Messages.Download d = messages.download(currentViewer.get(), id, fileId);
        return FileResponses.download(new ResourceFiles.Download(d.file(), d.name(), d.mediaType(), d.size(), d.sha256()));
    }

    @GET
    @Path("{id}/journal")
    @Operation(hidden = true)
    public View journal(@PathParam("id") long id) {
        return journalPage(id, Map.of());
    }

    private View journalPage(long id, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "journal");
        Journal.Page page = journal.page(currentViewer.get(), id);
        model.put("entries", page.entries());
        model.put("mayDraftPosts", page.mayDraftPosts());
        return new View("workspace-journal", model);
    }

    @POST
    @Path("{id}/journal")
    @Operation(hidden = true)
    public Response write(@PathParam("id") long id, @FormParam("body") String body, @FormParam("shared") String shared) {
        return act(() -> journal.write(currentViewer.get(), id, body, "on".equals(shared)), "/workspaces/" + id + "/journal",
                problem -> journalPage(id, Map.of("error", problem.detail(), "typed", orEmpty(body))));
    }

    @POST
    @Path("{id}/journal/{entryId}/share")
    @Operation(hidden = true)
    public Response share(@PathParam("id") long id, @PathParam("entryId") long entryId, @FormParam("shared") String shared) {
        journal.share(currentViewer.get(), id, entryId, "true".equals(shared));
        return Response.seeOther(URI.create("/workspaces/" + id + "/journal")).build();
    }

    @POST
    @Path("{id}/journal/{entryId}/blog-draft")
    @Operation(hidden = true)
    public Response blogDraft(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        long postId = journal.toBlogDraft(currentViewer.get(), id, entryId);
        return Response.seeOther(URI.create("/blog/posts/" + postId + "/edit")).build();
    }

    @GET
    @Path("{id}/export.zip")
    @Produces({"application/zip", MediaType.TEXT_HTML}) // a refusal is answered as JSON or a page, not 406
    @Operation(hidden = true)
    public Response export(@PathParam("id") long id) {
        return ExportResponses.zip(export.contents(currentViewer.get(), id));
    }

    /**
     * Runs a form's use case and answers 303 to {@code next}; a refusal that the person can act on
     * (422, 409, 413, 415) shows the page again with the reason and what was typed. 401, 403 and 404
     * are answered as everywhere.
     */
    static Response act(Supplier<?> action, String next, java.util.function.Function<ProblemException, View> again) {
        try {
            action.get();
            return Response.seeOther(URI.create(next)).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(again.apply(problem)).build();
        }
    }

    static String orEmpty(String s) { return s == null ? "" : s; }
}
