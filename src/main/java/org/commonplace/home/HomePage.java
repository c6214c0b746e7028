package org.commonplace.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.Cohorts;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.HashMap;
import java.util.Map;

/** The front page: an introduction for visitors, the member's own cohorts for members. */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    @Inject CurrentViewer currentViewer;
    @Inject Cohorts cohorts;
    @Inject org.commonplace.forum.control.Threads threads;
    @Inject org.commonplace.blog.control.BlogReading blog;

    @GET
    @Operation(hidden = true)
    public View home() {
        Viewer viewer = currentViewer.get();
        Map<String, Object> model = new HashMap<>();
        if (viewer.signedIn()) {
            model.put("cohorts", cohorts.visibleTo(viewer, 1, 20).items());
            model.put("activity", threads.recentActivity(viewer, 8));
        }
        model.put("blogPosts", blog.published(null, null, 1, 3).items());
        return new View("home", model);
    }
}
