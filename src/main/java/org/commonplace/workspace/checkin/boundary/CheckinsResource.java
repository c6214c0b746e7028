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

/** Check-ins through the API, and a programme's survey for coordinators. */
@Path("api/v1")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckinsResource {
    public record Answers(Map<String, String> answers) { }
    public record Survey(List<String> questions) { }

    @Inject CurrentViewer currentViewer;
    @Inject Checkins checkins;
    @Inject Surveys surveys;

    @GET
    @Path("workspaces/{id}/check-ins")
    @Operation(summary = "Check-ins: the caller's open ones with the survey, everyone's answers (history), who is overdue, and the chart (SVG)")
    public CheckinViews.History history(@PathParam("id") long id) {
        return checkins.history(currentViewer.get(), id);
    }

    @POST
    @Path("workspaces/{id}/check-ins/{responseId}")
    @Operation(summary = "Answer one's own check-in {\"answers\":{\"<question key>\":\"4\" or text}}: ratings 1 to 5, text up to 5,000 characters")
    public CheckinViews.Response answer(@PathParam("id") long id, @PathParam("responseId") long responseId, Answers body) {
        Bodies.required(body, "{\"answers\":{\"goals\":\"4\",...}}");
        if (body.answers() == null) throw Invalid.field("answers", "Send the answers by question key.");
        return checkins.answer(currentViewer.get(), id, responseId, body.answers());
    }

    @GET
    @Path("programmes/{programmeId}/check-in-survey")
    @Operation(summary = "A programme's check-in survey (coordinators): its questions, or the default five")
    public Map<String, List<Surveys.Question>> survey(@PathParam("programmeId") long programmeId) {
        return Map.of("items", surveys.forCoordinator(currentViewer.get(), programmeId));
    }

    @PUT
    @Path("programmes/{programmeId}/check-in-survey")
    @Operation(summary = "Replace a programme's survey (coordinators) {\"questions\":[\"rating: How …?\",\"What …?\"]}; empty: the default five")
    public Map<String, List<Surveys.Question>> replace(@PathParam("programmeId") long programmeId, Survey body) {
        Bodies.required(body, "{\"questions\":[...]}");
        return Map.of("items", surveys.replace(currentViewer.get(), programmeId, body.questions() == null ? List.of() : body.questions()));
    }
}
