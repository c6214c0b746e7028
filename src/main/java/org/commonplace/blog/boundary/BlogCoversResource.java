package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.blog.control.CoverImages;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Cover images, for whoever may see their post (404 for anyone else, as for the post). A file's
 * name changes with every upload; a published post's cover is cached for an hour only, so that a
 * withdrawn consent takes it out of caches soon as well. A cover
 * of a post that is not public is not stored anywhere.
 */
@Path("")
@RequestScoped
public class BlogCoversResource {
    @Inject CurrentViewer currentViewer;
    @Inject CoverImages covers;

    @GET
    @Path("blog/covers/{postId}/{file}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response cover(@PathParam("postId") long postId, @PathParam("file") String file) throws IOException {
        CoverImages.CoverFile cover = covers.file(currentViewer.get(), postId, file);
        return Response.ok(Files.readAllBytes(cover.path()), cover.contentType())
                .header("Cache-Control", cover.published() ? "public, max-age=3600" : "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
