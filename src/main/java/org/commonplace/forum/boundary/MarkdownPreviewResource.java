package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.Access;
import org.commonplace.access.CurrentViewer;
import org.commonplace.forum.control.ForumInput;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.web.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The editors' live preview: the same rendering as the saved post. */
@Path("api/v1/markdown/preview")
@RequestScoped
@Tag(name = "Forum")
@Produces(MediaType.APPLICATION_JSON)
public class MarkdownPreviewResource {
    public record Source(String body) { }

    @Inject CurrentViewer currentViewer;
    @Inject Access access;
    @Inject Markdown markdown;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render Markdown as it will be shown: {body} → {bodyHtml} (signed in)")
    public Map<String, String> preview(Source source) {
        access.requireSignedIn(currentViewer.get());
        Bodies.required(source, "{\"body\"}");
        if (source.body() != null && source.body().length() > ForumInput.BODY_MAX) {
            throw Invalid.field("body", "Keep it under 50,000 characters.");
        }
        return Map.of("bodyHtml", markdown.toHtml(source.body()));
    }
}
