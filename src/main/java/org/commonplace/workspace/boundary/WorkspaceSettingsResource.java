package org.commonplace.workspace.boundary;

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
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.web.Bodies;
import org.commonplace.workspace.control.WorkspaceViews;
import org.commonplace.workspace.control.Workspaces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A programme's workspace settings (coordinators). */
@Path("api/v1/programmes/{programmeId}/workspace-settings")
@RequestScoped
@Tag(name = "Workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceSettingsResource {
    public record Change(Boolean coordinatorsMayRead, Integer checkinCadenceDays, Integer archiveReadDays) { }

    @Inject CurrentViewer currentViewer;
    @Inject Workspaces workspaces;

    @GET
    @Operation(summary = "Whether coordinators may read the programme's workspaces, the check-in cadence and the archive read period")
    public WorkspaceViews.Settings get(@PathParam("programmeId") long programmeId) {
        return workspaces.settings(currentViewer.get(), programmeId);
    }

    @PUT
    @Operation(summary = "Change them {\"coordinatorsMayRead\",\"checkinCadenceDays\",\"archiveReadDays\"}; "
            + "a change of the reading rule is written into every workspace's audit log")
    public WorkspaceViews.Settings change(@PathParam("programmeId") long programmeId, Change body) {
        Bodies.required(body, "{\"coordinatorsMayRead\",\"checkinCadenceDays\",\"archiveReadDays\"}");
        new Invalid.Collector().check(body.coordinatorsMayRead() != null, "coordinatorsMayRead", "Say true or false.")
                .check(body.checkinCadenceDays() != null, "checkinCadenceDays", "Give the check-in cadence in days.")
                .check(body.archiveReadDays() != null, "archiveReadDays", "Give the archive read period in days.").throwIfAny();
        workspaces.changeSettings(currentViewer.get(), programmeId, body.coordinatorsMayRead(), body.checkinCadenceDays(),
                body.archiveReadDays());
        return workspaces.settings(currentViewer.get(), programmeId);
    }
}
