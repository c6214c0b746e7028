package org.commonplace.notify.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.notify.control.Notifications;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Map;

/** The notifications page behind the bell, and unsubscribing from e-mail without signing in. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {
    @Inject CurrentViewer currentViewer;
    @Inject Notifications notifications;

    @GET
    @Path("notifications")
    @Operation(hidden = true)
    public View list() {
        return new View("notifications", Map.of("items", notifications.of(currentViewer.get(), 100)));
    }

    @GET
    @Path("notifications/{id}")
    @Operation(hidden = true)
    public Response open(@PathParam("id") long id) {
        return Response.seeOther(URI.create(notifications.open(currentViewer.get(), id))).build();
    }

    @POST
    @Path("notifications/read")
    @Operation(hidden = true)
    public Response readAll() {
        notifications.markAllRead(currentViewer.get());
        return Response.seeOther(URI.create("/notifications")).build();
    }

    /** Shows a button rather than acting on GET, so that link checkers in mail systems unsubscribe nobody. */
    @GET
    @Path("unsubscribe/{token}")
    @Operation(hidden = true)
    public View confirm(@PathParam("token") String token) {
        return new View("unsubscribe", Map.of("token", token));
    }

    @POST
    @Path("unsubscribe/{token}")
    @Operation(hidden = true)
    public Response unsubscribe(@PathParam("token") String token) {
        boolean done = notifications.unsubscribe(token);
        return Response.status(done ? 200 : 404).entity(new View("unsubscribe", Map.of("token", token, "done", done,
                "failed", !done))).build();
    }
}
