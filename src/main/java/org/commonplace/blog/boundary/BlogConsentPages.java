package org.commonplace.blog.boundary;

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
import org.commonplace.blog.control.BlogConsent;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The page a person asked for consent opens (from the bell or the e-mail's link, after signing
 * in): the post as it would be published, and the answer. Nothing needs a token in the address:
 * the sign-in says who answers.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class BlogConsentPages {
    @Inject CurrentViewer currentViewer;
    @Inject BlogConsent consent;

    @GET
    @Path("blog/consent/{subjectId}")
    @Operation(hidden = true)
    public View show(@PathParam("subjectId") long subjectId, @jakarta.ws.rs.QueryParam("answered") String answered) {
        View page = page(subjectId, null, null);
        page.model().put("answered", answered != null);
        return page;
    }

    @POST
    @Path("blog/consent/{subjectId}")
    @Operation(hidden = true)
    public Response answer(@PathParam("subjectId") long subjectId, @FormParam("decision") String decision, @FormParam("note") String note) {
        try {
            consent.decide(currentViewer.get(), subjectId, decision, note);
            return Response.seeOther(URI.create("/blog/consent/" + subjectId + "?answered")).build();
        } catch (ProblemException problem) {
            if (problem.status() == 401 || problem.status() == 404) throw problem;
            return Response.status(problem.status()).entity(page(subjectId, problem, note)).build();
        }
    }

    private View page(long subjectId, ProblemException problem, String note) {
        Map<String, Object> model = new HashMap<>();
        model.put("consent", consent.consentView(currentViewer.get(), subjectId));
        model.put("note", note == null ? "" : note);
        if (problem != null) {
            model.put("problem", problem.detail());
            model.put("errors", problem.fieldErrors());
        }
        return new View("blog-consent", model);
    }
}
