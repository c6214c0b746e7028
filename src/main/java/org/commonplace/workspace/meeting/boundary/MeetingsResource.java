package org.commonplace.workspace.meeting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.web.Bodies;
import org.commonplace.workspace.meeting.control.CalendarFeeds;
import org.commonplace.workspace.meeting.control.MeetingViews;
import org.commonplace.workspace.meeting.control.Meetings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Meetings and their notes. */
@Path("api/v1/workspaces")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {
    public record MeetingBody(String title, String startsAt, String timeZone, Integer durationMinutes, String location, String agenda,
                              String recurrence, Integer occurrences) { }
    public record NoteBody(String body) { }

    @Inject CurrentViewer currentViewer;
    @Inject Meetings meetings;

    @GET
    @Path("{id}/meetings")
    @Operation(summary = "The workspace's meetings, latest first, with their notes")
    public Map<String, List<MeetingViews.Meeting>> list(@PathParam("id") long id) {
        return Map.of("items", meetings.list(currentViewer.get(), id));
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Schedule a meeting {\"title\",\"startsAt\":\"2026-12-03T15:00\",\"timeZone\":\"Europe/Budapest\",\"durationMinutes\"?,"
            + "\"location\"? (link or place),\"agenda\"?,\"recurrence\"?: NONE|WEEKLY|FORTNIGHTLY|MONTHLY,\"occurrences\"?} → 201")
    public Response schedule(@PathParam("id") long id, MeetingBody b) {
        Bodies.required(b, "{\"title\",\"startsAt\",\"timeZone\",...}");
        return Response.status(201).entity(meetings.schedule(currentViewer.get(), id, input(b))).build();
    }

    @PUT
    @Path("{id}/meetings/{meetingId}")
    @Operation(summary = "Reschedule a meeting (same body as scheduling); subscribed calendars see the change")
    public MeetingViews.Meeting reschedule(@PathParam("id") long id, @PathParam("meetingId") long meetingId, MeetingBody b) {
        Bodies.required(b, "{\"title\",\"startsAt\",\"timeZone\",...}");
        return meetings.reschedule(currentViewer.get(), id, meetingId, input(b));
    }

    @DELETE
    @Path("{id}/meetings/{meetingId}")
    @Operation(summary = "Call a meeting off (it stays listed, and calendars show it cancelled)")
    public Response cancel(@PathParam("id") long id, @PathParam("meetingId") long meetingId) {
        meetings.cancel(currentViewer.get(), id, meetingId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/meetings/{meetingId}/notes")
    @Operation(summary = "Add meeting notes {\"body\"} (Markdown) → 201")
    public Response note(@PathParam("id") long id, @PathParam("meetingId") long meetingId, NoteBody b) {
        Bodies.required(b, "{\"body\"}");
        return Response.status(201).entity(meetings.addNote(currentViewer.get(), id, meetingId, b.body())).build();
    }

    private static Meetings.MeetingInput input(MeetingBody b) {
        return new Meetings.MeetingInput(b.title(), b.startsAt(), b.timeZone(), b.durationMinutes(), b.location(), b.agenda(),
                b.recurrence(), b.occurrences());
    }
}
