package org.commonplace.library.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.commonplace.library.control.FileUploads;
import org.commonplace.library.control.ResourceFiles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The files of a resource through the API. */
@Path("api/v1/resources/{id}/files")
@RequestScoped
@Tag(name = "Library")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceFilesResource {
    @Inject CurrentViewer currentViewer;
    @Inject ResourceFiles files;
    @Inject FileUploads uploads;

    @GET
    @Operation(summary = "The files of a resource: name, size, type, sha256, downloadUrl, textStatus (who may see the resource)")
    public Map<String, List<ResourceFiles.FileSummary>> list(@PathParam("id") long id) {
        return Map.of("items", files.visibleOf(currentViewer.get(), id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a file (the resource's author, coordinators): multipart/form-data with the part \"file\". "
            + "PDF, DOCX, ODT, PPTX, XLSX, TXT or MD, checked from the content (415 otherwise); "
            + "at most commonplace.library.file-max-bytes, 25 MiB by default (413 otherwise). 201 with the file.")
    public Response add(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        ResourceFiles.FileSummary added;
        try (InputStream in = file == null ? null : file.getContent()) {
            added = uploads.add(currentViewer.get(), id, file == null ? null : file.getFileName().orElse(null), in);
        }
        return Response.created(URI.create(added.downloadUrl())).entity(added).build();
    }

    @GET
    @Path("{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file (always as an attachment; 404 for who may not see the resource)")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return FileResponses.download(files.download(currentViewer.get(), id, fileId));
    }

    @GET
    @Path("{fileId}/text")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The text extracted from a file, as plain text (empty when none could be extracted)")
    public Response text(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return FileResponses.text(files.text(currentViewer.get(), id, fileId));
    }

    @DELETE
    @Path("{fileId}")
    @Operation(summary = "Remove a file (the resource's author, coordinators)")
    public Response remove(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        files.remove(currentViewer.get(), id, fileId);
        return Response.noContent().build();
    }
}
