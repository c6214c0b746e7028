package org.commonplace.workspace.meeting.boundary;

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
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.commonplace.workspace.control.Workspaces;
import org.commonplace.workspace.meeting.control.CalendarFeeds;
import org.commonplace.workspace.meeting.control.Meetings;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Meetings in the browser, and the person's calendar subscription. */
@Path("workspaces")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class MeetingPages {
    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;
    @Inject Meetings meetings;
    @Inject CalendarFeeds feeds;

    @GET
    @Path("{id}/meetings")
    @Operation(hidden = true)
    public View page(@PathParam("id") long id) {
        return page(id, Map.of());
    }

    private View page(long id, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "meetings");
        model.put("meetings", meetings.list(currentViewer.get(), id));
        model.put("subscription", feeds.current(currentViewer.get()));
        return new View("workspace-meetings", model);
    }

    @POST
    @Path("{id}/meetings")
    @Operation(hidden = true)
    public Response schedule(@PathParam("id") long id, @FormParam("title") String title, @FormParam("startsAt") String startsAt,
                             @FormParam("timeZone") String timeZone, @FormParam("durationMinutes") Integer duration,
                             @FormParam("location") String location, @FormParam("agenda") String agenda,
                             @FormParam("recurrence") String recurrence, @FormParam("occurrences") Integer occurrences) {
        var input = new Meetings.MeetingInput(title, startsAt, timeZone, duration, location, agenda, recurrence, occurrences);
        try {
            meetings.schedule(currentViewer.get(), id, input);
            return Response.seeOther(URI.create("/workspaces/" + id + "/meetings")).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(page(id, Map.of("error", problem.detail(), "errors", problem.fieldErrors(),
                    "typed", input))).build();
        }
    }

    @POST
    @Path("{id}/meetings/{meetingId}/notes")
    @Operation(hidden = true)
    public Response note(@PathParam("id") long id, @PathParam("meetingId") long meetingId, @FormParam("body") String body) {
        try {
            meetings.addNote(currentViewer.get(), id, meetingId, body);
            return Response.seeOther(URI.create("/workspaces/" + id + "/meetings#meeting-" + meetingId)).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(page(id, Map.of("error", problem.detail()))).build();
        }
    }

    @POST
    @Path("{id}/meetings/{meetingId}/cancel")
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") long id, @PathParam("meetingId") long meetingId) {
        meetings.cancel(currentViewer.get(), id, meetingId);
        return Response.seeOther(URI.create("/workspaces/" + id + "/meetings")).build();
    }

    @POST
    @Path("{id}/calendar")
    @Operation(hidden = true)
    public View renew(@PathParam("id") long id) {
        return page(id, Map.of("newSubscription", feeds.renew(currentViewer.get())));
    }

    @POST
    @Path("{id}/calendar/revoke")
    @Operation(hidden = true)
    public Response revoke(@PathParam("id") long id) {
        feeds.revoke(currentViewer.get());
        return Response.seeOther(URI.create("/workspaces/" + id + "/meetings#calendar")).build();
    }
}
