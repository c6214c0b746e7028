package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonplace.access.CurrentViewer;
import org.commonplace.library.control.Library;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.search.control.RolledBackWrites;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/** Fault injection for the search tests. Exists only when commonplace.mode=test; 404 otherwise. */
@Path("api/test/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestSearchResource {
    @Inject Settings settings;
    @Inject CurrentViewer currentViewer;
    @Inject RolledBackWrites rolledBack;

    @POST
    @Path("rolled-back-resource")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> rolledBackResource(Library.NewResource input) {
        testModeOnly();
        try {
            rolledBack.addResourceThenFail(currentViewer.get(), input);
            throw new IllegalStateException("the write was meant to roll back");
        } catch (RolledBackWrites.DeliberateRollback e) {
            return Map.of("rolledBack", true, "id", e.id());
        }
    }

    private void testModeOnly() {
        if (!"test".equalsIgnoreCase(settings.mode())) throw new NotVisible("page");
    }

}
