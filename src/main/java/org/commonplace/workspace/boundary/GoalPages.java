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
import org.commonplace.platform.view.View;
import org.commonplace.workspace.control.Goals;
import org.commonplace.workspace.control.Plan;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.HashMap;
import java.util.Map;

/** Goals, milestones, progress, wins and the work plan in the browser. */
@Path("workspaces")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class GoalPages {
    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;
    @Inject Goals goals;
    @Inject Plan plan;

    @GET
    @Path("{id}/goals")
    @Operation(hidden = true)
    public View page(@PathParam("id") long id) {
        return page(id, Map.of());
    }

    private View page(long id, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("ws", workspaces.overview(currentViewer.get(), id));
        model.put("tab", "goals");
        model.put("goals", goals.list(currentViewer.get(), id));
        model.put("wins", goals.wins(currentViewer.get(), id));
        model.put("plan", plan.plan(currentViewer.get(), id));
        return new View("workspace-goals", model);
    }

    @POST
    @Path("{id}/goals")
    @Operation(hidden = true)
    public Response addGoal(@PathParam("id") long id, @FormParam("title") String title, @FormParam("specific") String specific,
                            @FormParam("measurable") String measurable, @FormParam("achievable") String achievable,
                            @FormParam("relevant") String relevant, @FormParam("timeBound") String timeBound,
                            @FormParam("targetDate") String targetDate) {
        var input = new Goals.GoalInput(title, specific, measurable, achievable, relevant, timeBound, targetDate);
        return WorkspacePages.act(() -> goals.create(currentViewer.get(), id, input), "/workspaces/" + id + "/goals",
                problem -> page(id, Map.of("goalError", problem.detail(), "goalErrors", problem.fieldErrors(), "typedGoal", input)));
    }

    @POST
    @Path("{id}/goals/{goalId}/status")
    @Operation(hidden = true)
    public Response status(@PathParam("id") long id, @PathParam("goalId") long goalId, @FormParam("status") String status) {
        return WorkspacePages.act(() -> goals.change(currentViewer.get(), id, goalId, null, status, null), "/workspaces/" + id + "/goals",
                problem -> page(id, Map.of("goalError", problem.detail())));
    }

    @POST
    @Path("{id}/goals/{goalId}/milestones")
    @Operation(hidden = true)
    public Response milestone(@PathParam("id") long id, @PathParam("goalId") long goalId, @FormParam("title") String title,
                              @FormParam("dueOn") String dueOn) {
        return WorkspacePages.act(() -> goals.addMilestone(currentViewer.get(), id, goalId, title, dueOn), "/workspaces/" + id + "/goals",
                problem -> page(id, Map.of("goalError", problem.detail())));
    }

    @POST
    @Path("{id}/milestones/{milestoneId}")
    @Operation(hidden = true)
    public Response tick(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, @FormParam("done") String done) {
        return WorkspacePages.act(() -> goals.markMilestone(currentViewer.get(), id, milestoneId, "true".equals(done)),
                "/workspaces/" + id + "/goals", problem -> page(id, Map.of("goalError", problem.detail())));
    }

    @POST
    @Path("{id}/goals/{goalId}/progress")
    @Operation(hidden = true)
    public Response progress(@PathParam("id") long id, @PathParam("goalId") long goalId, @FormParam("body") String body,
                             @FormParam("win") String win) {
        return WorkspacePages.act(() -> goals.addProgress(currentViewer.get(), id, goalId, body, "on".equals(win)),
                "/workspaces/" + id + "/goals", problem -> page(id, Map.of("goalError", problem.detail())));
    }

    @POST
    @Path("{id}/plan/tasks")
    @Operation(hidden = true)
    public Response addTask(@PathParam("id") long id, @FormParam("title") String title, @FormParam("dueOn") String dueOn,
                            @FormParam("ownerId") Long ownerId, @FormParam("goalId") Long goalId) {
        return WorkspacePages.act(() -> plan.add(currentViewer.get(), id, new Plan.TaskInput(title, zeroToNull(goalId), zeroToNull(ownerId),
                        dueOn, null, null)), "/workspaces/" + id + "/goals#plan",
                problem -> page(id, Map.of("planError", problem.detail())));
    }

    @POST
    @Path("{id}/plan/tasks/{taskId}")
    @Operation(hidden = true)
    public Response changeTask(@PathParam("id") long id, @PathParam("taskId") long taskId, @FormParam("status") String status,
                               @FormParam("dueOn") String dueOn, @FormParam("version") Long version) {
        return WorkspacePages.act(() -> plan.change(currentViewer.get(), id, taskId, new Plan.TaskInput(null, null, null,
                        dueOn == null || dueOn.isBlank() ? null : dueOn, status, version)), "/workspaces/" + id + "/goals#plan",
                problem -> page(id, Map.of("planError", problem.detail())));
    }

    private static Long zeroToNull(Long v) { return v == null || v == 0 ? null : v; }
}
