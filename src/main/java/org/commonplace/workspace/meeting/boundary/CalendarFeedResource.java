package org.commonplace.workspace.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.workspace.meeting.control.CalendarFeeds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The private calendar address that calendar applications subscribe to; no sign-in, the secret is the proof. */
@Path("calendar/{token}.ics")
@RequestScoped
public class CalendarFeedResource {
    @Inject CalendarFeeds feeds;

    @GET
    @Produces({"text/calendar", MediaType.WILDCARD})
    @Tag(name = "Workspaces")
    @Operation(summary = "A person's meetings as iCalendar (the secret address from POST /api/v1/calendar/subscription; 404 once revoked)")
    public Response feed(@PathParam("token") String token) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(feeds.feed(token), "text/calendar;charset=UTF-8").cacheControl(cache)
                .header("X-Robots-Tag", "noindex").build();
    }
}
