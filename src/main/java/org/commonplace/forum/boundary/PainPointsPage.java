package org.commonplace.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.forum.control.PainPoints;
import org.commonplace.forum.entity.PainPointStatus;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.HashMap;
import java.util.Map;

/** A cohort's shared problems, most organisations affected first. */
@Path("cohorts/{id}/pain-points")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class PainPointsPage {
    @Inject CurrentViewer currentViewer;
    @Inject PainPoints painPoints;
    @Inject Cohorts cohorts;

    @GET
    @Operation(hidden = true)
    public View ranked(@PathParam("id") long cohortId, @QueryParam("tag") String tag, @QueryParam("status") String status) {
        Map<String, Object> model = new HashMap<>();
        model.put("items", painPoints.ranked(currentViewer.get(), cohortId, tag, status));
        model.put("cohort", cohorts.detail(currentViewer.get(), cohortId).cohort());
        model.put("tag", tag == null ? "" : tag);
        model.put("status", status == null ? "" : status);
        model.put("statuses", PainPointStatus.values());
        return new View("pain-points", model);
    }
}
