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
import org.commonplace.workspace.control.Agreements;
import org.commonplace.workspace.control.Dashboard;
import org.commonplace.workspace.control.WorkspaceExport;
import org.commonplace.workspace.control.WorkspaceViews;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Pair workspaces through the API: the caller's list, one workspace's top, and the coordinators' actions. */
@Path("api/v1/workspaces")
@RequestScoped
@Tag(name = "Workspaces", description = "Private pair workspaces: only the pair's members see them (404 for everyone else)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspacesResource {
    public record NewPair(String mentor, List<String> mentees, Long cohortId, String title) { }
    public record AgreementText(String communication, String mentorExpects, String menteeExpects) { }
    public record Confirmation(Integer revision) { }
    public record Aspirations(String aspirations) { }
    public record Rematch(String mentor) { }
    public record Extension(Integer days) { }

    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;
    @Inject Agreements agreements;
    @Inject Dashboard dashboard;
    @Inject WorkspaceExport export;

    @GET
    @Operation(summary = "The caller's pair workspaces: active ones, then archives still open to them")
    public Map<String, List<WorkspaceViews.Summary>> mine() {
        return Map.of("items", workspaces.mine(currentViewer.get()));
    }

    @POST
    @Operation(summary = "Create a pair workspace (coordinators): {\"mentor\",\"mentees\":[usernames of one partner organisation],"
            + "\"cohortId\"?,\"title\"?} → 201")
    public Response create(NewPair body) {
        Bodies.required(body, "{\"mentor\",\"mentees\":[...],\"cohortId\"?,\"title\"?}");
        long id = workspaces.create(currentViewer.get(), new Workspaces.NewPair(body.mentor(), body.mentees(), body.cohortId(), body.title()));
        return Response.created(URI.create("/api/v1/workspaces/" + id)).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("health")
    @Operation(summary = "How every pair and cohort is doing, from counts and dates only (coordinators)")
    public Dashboard.Overview health() {
        return dashboard.overview(currentViewer.get());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workspace: members, the programme's reading rule, the agreement, aspirations, recent audit entries")
    public WorkspaceViews.Overview one(@PathParam("id") long id) {
        return workspaces.overview(currentViewer.get(), id);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "The audit log: every coordinator access to the workspace and every change a coordinator made")
    public Map<String, List<WorkspaceViews.AuditLine>> audit(@PathParam("id") long id) {
        return Map.of("items", workspaces.audit(currentViewer.get(), id));
    }

    @PUT
    @Path("{id}/aspirations")
    @Operation(summary = "The pair's aspirations (Markdown, at most 20,000 characters)")
    public Response aspirations(@PathParam("id") long id, Aspirations body) {
        Bodies.required(body, "{\"aspirations\"}");
        workspaces.changeAspirations(currentViewer.get(), id, body.aspirations());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/agreement")
    @Operation(summary = "Write or revise the expectations agreement {\"communication\",\"mentorExpects\",\"menteeExpects\"}; "
            + "every member confirms the new revision again")
    public WorkspaceViews.AgreementView agreement(@PathParam("id") long id, AgreementText body) {
        Bodies.required(body, "{\"communication\",\"mentorExpects\",\"menteeExpects\"}");
        return agreements.revise(currentViewer.get(), id, body.communication(), body.mentorExpects(), body.menteeExpects());
    }

    @POST
    @Path("{id}/agreement/confirmation")
    @Operation(summary = "Confirm the agreement's current revision {\"revision\"} (409 when it was revised since)")
    public WorkspaceViews.AgreementView confirm(@PathParam("id") long id, Confirmation body) {
        Bodies.required(body, "{\"revision\"}");
        if (body.revision() == null) throw org.commonplace.platform.problem.Invalid.field("revision", "Say which revision you confirm.");
        return agreements.confirm(currentViewer.get(), id, body.revision());
    }

    @POST
    @Path("{id}/end")
    @Operation(summary = "End the pair (coordinators): the workspace becomes a read-only archive for its members")
    public Response end(@PathParam("id") long id) {
        workspaces.end(currentViewer.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rematch")
    @Operation(summary = "Re-match the partner's side with another mentor (coordinators) {\"mentor\"}: a new workspace, the old one archived")
    public Response rematch(@PathParam("id") long id, Rematch body) {
        Bodies.required(body, "{\"mentor\"}");
        long created = workspaces.rematch(currentViewer.get(), id, body.mentor());
        return Response.created(URI.create("/api/v1/workspaces/" + created)).entity(Map.of("id", created)).build();
    }

    @POST
    @Path("{id}/archive-extension")
    @Operation(summary = "Let the members read an archived workspace for {\"days\"} more days from now (coordinators)")
    public Response extend(@PathParam("id") long id, Extension body) {
        Bodies.required(body, "{\"days\"}");
        workspaces.extendArchive(currentViewer.get(), id, body.days() == null ? 0 : body.days());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/export")
    @Produces({"application/zip", MediaType.APPLICATION_JSON}) // a refusal is answered as JSON or a page, not 406
    @Operation(summary = "The whole workspace as a ZIP of Markdown files and the attachments (members, also of an archive)")
    public Response export(@PathParam("id") long id) {
        return ExportResponses.zip(export.contents(currentViewer.get(), id));
    }
}
