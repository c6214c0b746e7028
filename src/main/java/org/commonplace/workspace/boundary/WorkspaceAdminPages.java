package org.commonplace.workspace.boundary;

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
import org.commonplace.cohort.control.Programmes;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.commonplace.workspace.checkin.control.Surveys;
import org.commonplace.workspace.control.Dashboard;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The coordinators' workspace pages: the health dashboard, new pairs, ending and re-matching, programme settings and survey. */
@Path("admin/workspaces")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class WorkspaceAdminPages {
    @Inject CurrentViewer currentViewer;
    @Inject Dashboard dashboard;
    @Inject Workspaces workspaces;
    @Inject Programmes programmes;
    @Inject Surveys surveys;

    @GET
    @Operation(hidden = true)
    public View page() {
        return page(Map.of());
    }

    private View page(Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("health", dashboard.overview(currentViewer.get()));
        var all = programmes.all(currentViewer.get());
        model.put("programmes", all.stream().map(p -> Map.of("settings", workspaces.settings(currentViewer.get(), p.id()),
                "survey", surveys.forCoordinator(currentViewer.get(), p.id()))).toList());
        return new View("admin-workspaces", model);
    }

    @POST
    @Operation(hidden = true)
    public Response create(@FormParam("mentor") String mentor, @FormParam("mentees") String mentees, @FormParam("title") String title) {
        List<String> names = mentees == null ? List.of() : Arrays.stream(mentees.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return act(() -> workspaces.create(currentViewer.get(), new Workspaces.NewPair(mentor, names, null, title)),
                Map.of("mentor", WorkspacePages.orEmpty(mentor), "mentees", WorkspacePages.orEmpty(mentees), "title", WorkspacePages.orEmpty(title)));
    }

    @POST
    @Path("{id}/end")
    @Operation(hidden = true)
    public Response end(@PathParam("id") long id) {
        return act(() -> { workspaces.end(currentViewer.get(), id); return null; }, Map.of());
    }

    @POST
    @Path("{id}/rematch")
    @Operation(hidden = true)
    public Response rematch(@PathParam("id") long id, @FormParam("mentor") String mentor) {
        return act(() -> workspaces.rematch(currentViewer.get(), id, mentor), Map.of());
    }

    @POST
    @Path("{id}/extend")
    @Operation(hidden = true)
    public Response extend(@PathParam("id") long id, @FormParam("days") Integer days) {
        return act(() -> { workspaces.extendArchive(currentViewer.get(), id, days == null ? 0 : days); return null; }, Map.of());
    }

    @POST
    @Path("programmes/{programmeId}")
    @Operation(hidden = true)
    public Response settings(@PathParam("programmeId") long programmeId, @FormParam("coordinatorsMayRead") String read,
                             @FormParam("checkinCadenceDays") Integer cadence, @FormParam("archiveReadDays") Integer archive) {
        return act(() -> { workspaces.changeSettings(currentViewer.get(), programmeId, "on".equals(read), cadence == null ? 0 : cadence,
                archive == null ? 0 : archive); return null; }, Map.of());
    }

    @POST
    @Path("programmes/{programmeId}/survey")
    @Operation(hidden = true)
    public Response survey(@PathParam("programmeId") long programmeId, @FormParam("questions") String questions) {
        List<String> lines = questions == null ? List.of() : Arrays.asList(questions.split("\\R"));
        return act(() -> surveys.replace(currentViewer.get(), programmeId, lines), Map.of());
    }

    private Response act(Supplier<?> action, Map<String, Object> typed) {
        try {
            action.get();
            return Response.seeOther(URI.create("/admin/workspaces")).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(page(Map.of("error", problem.detail(), "typed", typed))).build();
        }
    }
}
