package org.commonplace.library.boundary;

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
import org.commonplace.forum.control.ForumInput;
import org.commonplace.library.control.Library;
import org.commonplace.library.control.ResourceEdits;
import org.commonplace.library.entity.LibraryResource;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Editing a resource in the browser, and its history. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ResourceEditPages {
    @Inject CurrentViewer currentViewer;
    @Inject Library library;
    @Inject ResourceEdits edits;

    @GET
    @Path("library/{id}/edit")
    @Operation(hidden = true)
    public View form(@PathParam("id") long id) {
        Library.Detail detail = library.one(currentViewer.get(), id);
        if (!currentViewer.get().signedIn()) throw new org.commonplace.platform.problem.NotSignedIn("Sign in to edit.");
        if (!detail.mayEdit()) throw new NotAllowed("The author and coordinators change a resource.");
        Map<String, Object> typed = new HashMap<>();
        typed.put("title", detail.resource().title());
        typed.put("summary", detail.resource().summary());
        typed.put("body", detail.body());
        typed.put("url", detail.url());
        typed.put("tags", String.join(", ", detail.resource().tags()));
        typed.put("type", detail.resource().type());
        typed.put("language", detail.resource().language());
        typed.put("version", detail.version());
        return page(id, typed, null, null);
    }

    @POST
    @Path("library/{id}/edit")
    @Operation(hidden = true)
    public Response save(@PathParam("id") long id, @FormParam("title") String title, @FormParam("summary") String summary,
                         @FormParam("body") String body, @FormParam("url") String url, @FormParam("tags") String tags,
                         @FormParam("type") String type, @FormParam("language") String language,
                         @FormParam("version") Long version, @FormParam("reason") String reason) {
        try {
            edits.edit(currentViewer.get(), id, new ResourceEdits.Change(title, summary, body, url, ForumInput.splitTags(tags),
                    type, language, version, reason));
            return Response.seeOther(URI.create("/library/" + id)).build();
        } catch (Invalid | Conflict refused) {
            // show the form again with what was typed, so that nothing is lost
            Map<String, Object> typed = ResourceForm.typed(title, summary, body, url, tags, type, language);
            // after a conflict the form carries the current version: saving again, having read the
            // warning, replaces the other change on purpose
            typed.put("version", refused instanceof Conflict ? library.one(currentViewer.get(), id).version() : version);
            typed.put("reason", reason);
            return Response.status(refused.status()).entity(page(id, typed, refused instanceof Invalid invalid ? invalid : null,
                    refused instanceof Conflict ? refused.detail() : null)).build();
        }
    }

    @GET
    @Path("library/{id}/history")
    @Operation(hidden = true)
    public View history(@PathParam("id") long id) {
        return new View("resource-history", Map.of("history", edits.history(currentViewer.get(), id)));
    }

    @GET
    @Path("library/{id}/history/{revisionId}")
    @Operation(hidden = true)
    public View revision(@PathParam("id") long id, @PathParam("revisionId") long revisionId) {
        return new View("resource-revision", Map.of("revision", edits.revision(currentViewer.get(), id, revisionId)));
    }

    private View page(long id, Map<String, Object> typed, Invalid invalid, String conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("form", typed);
        model.put("types", LibraryResource.Type.values());
        if (invalid != null) model.put("errors", invalid.fieldErrors());
        if (conflict != null) model.put("conflict", conflict);
        return new View("resource-edit", model);
    }
}
