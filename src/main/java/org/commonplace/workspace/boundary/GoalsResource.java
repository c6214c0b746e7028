package org.commonplace.workspace.boundary;

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
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.web.Bodies;
import org.commonplace.workspace.control.GoalViews;
import org.commonplace.workspace.control.Goals;
import org.commonplace.workspace.control.Journal;
import org.commonplace.workspace.control.Plan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Goals (SMART), milestones, progress and wins, the work plan with its history, and the journal. */
@Path("api/v1/workspaces")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalsResource {
    public record GoalBody(String title, String specific, String measurable, String achievable, String relevant, String timeBound,
                           String targetDate, String status, Long version) { }
    public record MilestoneBody(String title, String dueOn, Boolean done) { }
    public record ProgressBody(String body, Boolean win) { }
    public record TaskBody(String title, Long goalId, Long ownerId, String dueOn, String status, Long version) { }
    public record JournalBody(String body, Boolean shared) { }

    @Inject CurrentViewer currentViewer;
    @Inject Goals goals;
    @Inject Plan plan;
    @Inject Journal journal;

    @GET
    @Path("{id}/goals")
    @Operation(summary = "Goals with their SMART fields, milestones and progress updates")
    public Map<String, List<GoalViews.Goal>> goals(@PathParam("id") long id) {
        return Map.of("items", goals.list(currentViewer.get(), id));
    }

    @POST
    @Path("{id}/goals")
    @Operation(summary = "Set a goal {\"title\",\"specific\",\"measurable\",\"achievable\",\"relevant\",\"timeBound\",\"targetDate\"?} → 201")
    public Response addGoal(@PathParam("id") long id, GoalBody b) {
        Bodies.required(b, "{\"title\",\"specific\",\"measurable\",\"achievable\",\"relevant\",\"timeBound\",\"targetDate\"?}");
        return Response.status(201).entity(goals.create(currentViewer.get(), id, input(b))).build();
    }

    @PUT
    @Path("{id}/goals/{goalId}")
    @Operation(summary = "Revise a goal (all SMART fields) and/or its status ACTIVE, ACHIEVED, DROPPED; \"version\" guards against overwriting")
    public GoalViews.Goal changeGoal(@PathParam("id") long id, @PathParam("goalId") long goalId, GoalBody b) {
        Bodies.required(b, "{\"title\",...,\"status\"?,\"version\"?}");
        return goals.change(currentViewer.get(), id, goalId, b.title() == null ? null : input(b), b.status(), b.version());
    }

    @GET
    @Path("{id}/milestones")
    @Operation(summary = "Every milestone of the workspace's goals, by due date, with overdue marked")
    public Map<String, List<GoalViews.Milestone>> milestones(@PathParam("id") long id) {
        return Map.of("items", goals.list(currentViewer.get(), id).stream().flatMap(g -> g.milestones().stream())
                .sorted(java.util.Comparator.comparing(GoalViews.Milestone::dueOn)).toList());
    }

    @POST
    @Path("{id}/goals/{goalId}/milestones")
    @Operation(summary = "Add a milestone {\"title\",\"dueOn\":\"YYYY-MM-DD\"} → 201")
    public Response addMilestone(@PathParam("id") long id, @PathParam("goalId") long goalId, MilestoneBody b) {
        Bodies.required(b, "{\"title\",\"dueOn\"}");
        return Response.status(201).entity(goals.addMilestone(currentViewer.get(), id, goalId, b.title(), b.dueOn())).build();
    }

    @PUT
    @Path("{id}/milestones/{milestoneId}")
    @Operation(summary = "Tick a milestone off, or on again {\"done\"}")
    public GoalViews.Milestone markMilestone(@PathParam("id") long id, @PathParam("milestoneId") long milestoneId, MilestoneBody b) {
        Bodies.required(b, "{\"done\"}");
        return goals.markMilestone(currentViewer.get(), id, milestoneId, Boolean.TRUE.equals(b.done()));
    }

    @POST
    @Path("{id}/goals/{goalId}/progress")
    @Operation(summary = "A progress update {\"body\",\"win\"?}: a win is a small success to celebrate → 201")
    public Response addProgress(@PathParam("id") long id, @PathParam("goalId") long goalId, ProgressBody b) {
        Bodies.required(b, "{\"body\",\"win\"?}");
        return Response.status(201).entity(goals.addProgress(currentViewer.get(), id, goalId, b.body(), Boolean.TRUE.equals(b.win()))).build();
    }

    @GET
    @Path("{id}/wins")
    @Operation(summary = "Every celebrated win, newest first")
    public Map<String, List<GoalViews.Win>> wins(@PathParam("id") long id) {
        return Map.of("items", goals.wins(currentViewer.get(), id));
    }

    @GET
    @Path("{id}/plan")
    @Operation(summary = "The work plan: its tasks, and every change ever made to it, newest first")
    public GoalViews.Plan plan(@PathParam("id") long id) {
        return plan.plan(currentViewer.get(), id);
    }

    @POST
    @Path("{id}/plan/tasks")
    @Operation(summary = "Add a task {\"title\",\"goalId\"?,\"ownerId\"?,\"dueOn\"?} → 201")
    public Response addTask(@PathParam("id") long id, TaskBody b) {
        Bodies.required(b, "{\"title\",\"goalId\"?,\"ownerId\"?,\"dueOn\"?}");
        return Response.status(201).entity(plan.add(currentViewer.get(), id, task(b))).build();
    }

    @PUT
    @Path("{id}/plan/tasks/{taskId}")
    @Operation(summary = "Change a task (fields left out keep their value; status TODO, DOING, DONE, DROPPED); the change is kept in the history")
    public GoalViews.Task changeTask(@PathParam("id") long id, @PathParam("taskId") long taskId, TaskBody b) {
        Bodies.required(b, "{\"title\"?,\"status\"?,\"dueOn\"?,\"ownerId\"?,\"goalId\"?,\"version\"?}");
        return plan.change(currentViewer.get(), id, taskId, task(b));
    }

    @GET
    @Path("{id}/journal")
    @Operation(summary = "The caller's own journal entries and those shared with the pair")
    public Map<String, List<Journal.Entry>> journal(@PathParam("id") long id) {
        return Map.of("items", journal.list(currentViewer.get(), id));
    }

    @POST
    @Path("{id}/journal")
    @Operation(summary = "Write a journal entry {\"body\",\"shared\"?}: private unless shared → 201")
    public Response write(@PathParam("id") long id, JournalBody b) {
        Bodies.required(b, "{\"body\",\"shared\"?}");
        return Response.status(201).entity(journal.write(currentViewer.get(), id, b.body(), Boolean.TRUE.equals(b.shared()))).build();
    }

    @PUT
    @Path("{id}/journal/{entryId}")
    @Operation(summary = "Share one's own entry with the pair, or take it back {\"shared\"}")
    public Response share(@PathParam("id") long id, @PathParam("entryId") long entryId, JournalBody b) {
        Bodies.required(b, "{\"shared\"}");
        journal.share(currentViewer.get(), id, entryId, Boolean.TRUE.equals(b.shared()));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/journal/{entryId}/blog-draft")
    @Consumes(MediaType.WILDCARD) // no body: a plain POST, as from curl
    @Operation(summary = "Copy one's own journal entry into a new blog draft of one's own (reviewed and consented to before "
            + "anything is published) → 201, Location of the draft; 403 for who may not write posts")
    public Response blogDraft(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        long postId = journal.toBlogDraft(currentViewer.get(), id, entryId);
        return Response.created(URI.create("/api/v1/blog/posts/" + postId)).entity(Map.of("id", postId)).build();
    }

    private static Goals.GoalInput input(GoalBody b) {
        return new Goals.GoalInput(b.title(), b.specific(), b.measurable(), b.achievable(), b.relevant(), b.timeBound(), b.targetDate());
    }

    private static Plan.TaskInput task(TaskBody b) {
        return new Plan.TaskInput(b.title(), b.goalId(), b.ownerId(), b.dueOn(), b.status(), b.version());
    }
}
