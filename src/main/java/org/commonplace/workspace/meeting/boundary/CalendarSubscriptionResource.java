package org.commonplace.workspace.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.workspace.meeting.control.CalendarFeeds;
import org.commonplace.workspace.meeting.control.MeetingViews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's private calendar subscription (the address of every meeting of their workspaces). */
@Path("api/v1/calendar/subscription")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarSubscriptionResource {
    @Inject CurrentViewer currentViewer;
    @Inject CalendarFeeds feeds;

    @GET
        @Operation(summary = "Whether the caller has a calendar subscription (its address is shown only when made)")
    public MeetingViews.Subscription subscription() {
        return feeds.current(currentViewer.get());
    }

    @POST
        @Operation(summary = "Make a new private iCalendar address for the caller's meetings; the previous one stops working at once")
    public MeetingViews.Subscription renew() {
        return feeds.renew(currentViewer.get());
    }

    @DELETE
        @Operation(summary = "Revoke the caller's calendar address: it answers 404 from the next request on")
    public Response revoke() {
        feeds.revoke(currentViewer.get());
        return Response.noContent().build();
    }
}
