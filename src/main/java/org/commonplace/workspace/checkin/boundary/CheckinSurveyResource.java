package org.commonplace.workspace.checkin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.web.Bodies;
import org.commonplace.workspace.checkin.control.Surveys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** A programme's check-in survey (coordinators). */
@Path("api/v1/programmes/{programmeId}/check-in-survey")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckinSurveyResource {
    public record Survey(List<String> questions) { }

    @Inject CurrentViewer currentViewer;
    @Inject Surveys surveys;

    @GET
    @Operation(summary = "A programme's check-in survey (coordinators): its questions, or the default five")
    public Map<String, List<Surveys.Question>> survey(@PathParam("programmeId") long programmeId) {
        return Map.of("items", surveys.forCoordinator(currentViewer.get(), programmeId));
    }

    @PUT
    @Operation(summary = "Replace a programme's survey (coordinators) {\"questions\":[\"rating: How …?\",\"What …?\"]}; empty: the default five")
    public Map<String, List<Surveys.Question>> replace(@PathParam("programmeId") long programmeId, Survey body) {
        Bodies.required(body, "{\"questions\":[...]}");
        return Map.of("items", surveys.replace(currentViewer.get(), programmeId, body.questions() == null ? List.of() : body.questions()));
    }
}
