package org.commonplace.notify.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.notify.control.Notifications;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The caller's notifications. */
@Path("api/v1/notifications")
@RequestScoped
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {
    @Inject CurrentViewer currentViewer;
    @Inject Notifications notifications;

    @GET
    @Operation(summary = "The latest 50 notifications and the unread count")
    public Map<String, Object> list() {
        return Map.of("items", notifications.of(currentViewer.get(), 50), "unread", notifications.unreadCount(currentViewer.get()));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read; answers where it points")
    public Map<String, String> read(@PathParam("id") long id) {
        return Map.of("link", notifications.open(currentViewer.get(), id));
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all notifications read")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead(currentViewer.get()));
    }
}
