package org.commonplace.cohort.boundary;

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
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.cohort.control.Programmes;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The coordinator's set-up pages: programmes, cohorts, organisations, memberships. */
@Path("admin/programmes")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ProgrammesAdminPage {
    @Inject CurrentViewer currentViewer;
    @Inject Programmes programmes;
    @Inject Cohorts cohorts;
    @Inject org.commonplace.access.Access access;

    @GET
    @Operation(hidden = true)
    public View overview() {
        return overview(Map.of());
    }

    @POST
    @Operation(hidden = true)
    public Response createProgramme(@FormParam("name") String name, @FormParam("description") String description) {
        return act(() -> programmes.createProgramme(currentViewer.get(), name, description), "/admin/programmes");
    }

    @POST
    @Path("{id}/cohorts")
    @Operation(hidden = true)
    public Response createCohort(@PathParam("id") long programmeId, @FormParam("name") String name,
                                 @FormParam("description") String description) {
        return act(() -> programmes.createCohort(currentViewer.get(), programmeId, name, description), "/admin/programmes");
    }

    @POST
    @Path("organisations")
    @Operation(hidden = true)
    public Response createOrganisation(@FormParam("name") String name, @FormParam("nameShownOutside") String shown) {
        return act(() -> programmes.createOrganisation(currentViewer.get(), name, "on".equals(shown)), "/admin/programmes");
    }

    @GET
    @Path("cohorts/{id}")
    @Operation(hidden = true)
    public View cohort(@PathParam("id") long cohortId) {
        return cohortPage(cohortId, Map.of());
    }

    @POST
    @Path("cohorts/{id}/members")
    @Operation(hidden = true)
    public Response addMember(@PathParam("id") long cohortId, @FormParam("username") String username) {
        try {
            programmes.addMember(currentViewer.get(), cohortId, username);
            return Response.seeOther(URI.create("/admin/programmes/cohorts/" + cohortId)).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(cohortPage(cohortId, Map.of("error", problem.detail(), "username", username))).build();
        }
    }

    @POST
    @Path("cohorts/{id}/members/{accountId}/remove")
    @Operation(hidden = true)
    public Response removeMember(@PathParam("id") long cohortId, @PathParam("accountId") long accountId) {
        programmes.removeMember(currentViewer.get(), cohortId, accountId);
        return Response.seeOther(URI.create("/admin/programmes/cohorts/" + cohortId)).build();
    }

    private Response act(Supplier<Long> action, String then) {
        try {
            action.get();
            return Response.seeOther(URI.create(then)).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 403 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(overview(Map.of("error", problem.detail()))).build();
        }
    }

    private View overview(Map<String, Object> extra) {
        Viewer viewer = currentViewer.get();
        Map<String, Object> model = new HashMap<>(extra);
        model.put("programmes", programmes.all(viewer));
        model.put("organisations", programmes.organisations(viewer));
        return new View("admin-programmes", model);
    }

    private View cohortPage(long cohortId, Map<String, Object> extra) {
        Viewer viewer = currentViewer.get();
        access.requireCoordinator(viewer);
        Map<String, Object> model = new HashMap<>(extra);
        model.put("detail", cohorts.detail(viewer, cohortId));
        return new View("admin-cohort", model);
    }
}
