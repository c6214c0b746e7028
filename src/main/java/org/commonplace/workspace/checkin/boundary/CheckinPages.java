package org.commonplace.workspace.checkin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.commonplace.workspace.checkin.control.Checkins;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Check-ins of a workspace in the browser (the one-click answers from the reminder e-mail are
 * {@link OneClickAnswerPage}).
 */
@Path("workspaces")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class CheckinPages {
    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;
    @Inject Checkins checkins;

    @GET
    @Path("{id}/check-ins")
    @Operation(hidden = true)
    public View page(@PathParam("id") long id) {
        return page(id, Map.of());
    }

    private View page(long id, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "check-ins");
        model.put("checkins", checkins.history(currentViewer.get(), id));
        return new View("workspace-checkins", model);
    }

    @POST
    @Path("{id}/check-ins/{responseId}")
    @Operation(hidden = true)
    public Response answer(@PathParam("id") long id, @PathParam("responseId") long responseId, Form form) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.asMap().forEach((key, values) -> {
            if (key.startsWith("q_") && !values.isEmpty()) answers.put(key.substring(2), values.get(0));
        });
        try {
            checkins.answer(currentViewer.get(), id, responseId, answers);
            return Response.seeOther(URI.create("/workspaces/" + id + "/check-ins")).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(page(id, Map.of("error", problem.detail()))).build();
        }
    }
}
