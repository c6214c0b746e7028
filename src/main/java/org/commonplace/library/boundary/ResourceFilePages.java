package org.commonplace.library.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.library.control.FileUploads;
import org.commonplace.library.control.Library;
import org.commonplace.library.control.ResourceFiles;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

/** A resource's files in the browser: upload (multipart form), download, remove. */
@Path("library/{id}/files")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ResourceFilePages {
    @Inject CurrentViewer currentViewer;
    @Inject Library library;
    @Inject ResourceFiles files;
    @Inject FileUploads uploads;
    @Inject org.commonplace.library.control.LibraryLimits limits;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        Viewer viewer = currentViewer.get();
        try (InputStream in = file == null ? null : file.getContent()) {
            uploads.add(viewer, id, file == null ? null : file.getFileName().orElse(null), in);
        } catch (ProblemException problem) {
            // 401 and 404 are answered as everywhere; a refused file is explained on the resource page
            if (problem.status() == 401 || problem.status() == 404) throw problem;
            return Response.status(problem.status())
                    .entity(new View("resource", Map.of("detail", library.one(viewer, id), "fileError", problem.detail(),
                            "fileLimit", limits.fileLimitText())))
                    .build();
        }
        return Response.seeOther(URI.create("/library/" + id + "#files")).build();
    }

    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return FileResponses.download(files.download(currentViewer.get(), id, fileId));
    }

    @POST
    @Path("{fileId}/remove")
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        files.remove(currentViewer.get(), id, fileId);
        return Response.seeOther(URI.create("/library/" + id + "#files")).build();
    }
}
