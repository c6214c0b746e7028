package org.commonplace.workspace.checkin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.web.Bodies;
import org.commonplace.workspace.checkin.control.CheckinViews;
import org.commonplace.workspace.checkin.control.Checkins;
import org.commonplace.workspace.checkin.control.Surveys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** Check-ins of a workspace through the API. */
@Path("api/v1/workspaces")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckinsResource {
    public record Answers(Map<String, String> answers) { }

    @Inject CurrentViewer currentViewer;
    @Inject Checkins checkins;

    @GET
    @Path("{id}/check-ins")
    @Operation(summary = "Check-ins: the caller's open ones with the survey, everyone's answers (history), who is overdue, and the chart (SVG)")
    public CheckinViews.History history(@PathParam("id") long id) {
        return checkins.history(currentViewer.get(), id);
    }

    @POST
    @Path("{id}/check-ins/{responseId}")
    @Operation(summary = "Answer one's own check-in {\"answers\":{\"<question key>\":\"4\" or text}}: ratings 1 to 5, text up to 5,000 characters")
    public CheckinViews.Response answer(@PathParam("id") long id, @PathParam("responseId") long responseId, Answers body) {
        Bodies.required(body, "{\"answers\":{\"goals\":\"4\",...}}");
        if (body.answers() == null) throw Invalid.field("answers", "Send the answers by question key.");
        return checkins.answer(currentViewer.get(), id, responseId, body.answers());
    }
}
