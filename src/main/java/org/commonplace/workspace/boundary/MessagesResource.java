package org.commonplace.workspace.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.library.boundary.FileResponses;
import org.commonplace.library.control.ResourceFiles;
import org.commonplace.platform.web.Bodies;
import org.commonplace.platform.web.Paging;
import org.commonplace.workspace.control.MessagePosting;
import org.commonplace.workspace.control.MessageViews;
import org.commonplace.workspace.control.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A workspace's messages and their attachments through the API. */
@Path("api/v1/workspaces")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {
    public record NewMessage(String body) { }

    @Inject CurrentViewer currentViewer;
    @Inject Messages messages;
    @Inject MessagePosting posting;

    @GET
    @Path("{id}/messages")
    @Operation(summary = "Messages, newest first, paged, with read receipts, attachments and how long messages waited for an answer "
            + "(the pair; coordinators only where the programme allows it, each access in the audit log)")
    public MessageViews.Page list(@PathParam("id") long id, @BeanParam Paging paging) {
        return messages.page(currentViewer.get(), id, paging.page(), paging.size());
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a message {\"body\"} (Markdown, at most 50,000 characters) → 201; the other side is notified")
    public Response post(@PathParam("id") long id, NewMessage body) {
        Bodies.required(body, "{\"body\"}");
        return created(id, posting.post(currentViewer.get(), id, body.body(), List.of()));
    }

    @POST
    @Path("{id}/messages/with-files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Write a message with attachments: multipart/form-data with the part \"body\" and up to 5 parts \"file\" "
            + "(the library's types and size limit; a refused file stores nothing) → 201. Its own address, because it takes "
            + "more than the JSON limit of the plain message")
    public Response postWithFiles(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        String body = null;
        List<MessagePosting.Upload> uploads = new ArrayList<>();
        for (EntityPart part : parts) {
            if ("body".equals(part.getName())) body = part.getContent(String.class);
            else if ("file".equals(part.getName()) && part.getFileName().isPresent() && !part.getFileName().get().isEmpty()) {
                uploads.add(new MessagePosting.Upload(part.getFileName().get(), part.getContent()));
            }
        }
        return created(id, posting.post(currentViewer.get(), id, body, uploads));
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment (always as an attachment; members only)")
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        Messages.Download d = messages.download(currentViewer.get(), id, fileId);
        return FileResponses.download(new ResourceFiles.Download(d.file(), d.name(), d.mediaType(), d.size(), d.sha256()));
    }

    private static Response created(long id, MessageViews.Item item) {
        return Response.created(URI.create("/api/v1/workspaces/" + id + "/messages#message-" + item.id())).entity(item).build();
    }
}
