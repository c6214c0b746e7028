package org.commonplace.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.commonplace.access.CurrentViewer;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.Malformed;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.view.View;
import org.commonplace.search.control.Search;
import org.commonplace.search.control.SearchStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /search (public; the browse page when there is no query) and /admin/search (index status and rebuild). */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    @Inject CurrentViewer currentViewer;
    @Inject Search search;
    @Inject SearchStatus status;
    @Context UriInfo uri;

    @GET
    @Path("search")
    @Operation(hidden = true)
    public Response page() {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        Map<String, Object> model = new HashMap<>();
        model.put("q", params.getFirst("q") == null ? "" : params.getFirst("q"));
        model.put("sort", params.getFirst("sort") == null ? "relevance" : params.getFirst("sort"));
        try {
            Search.Request request = SearchParameters.from(params);
            Search.Result result = search.search(currentViewer.get(), request);
            model.put("result", result);
            model.put("facets", facetLinks(params, result));
            model.put("previousHref", result.hasPrevious() ? href(params, "page", Integer.toString(result.page() - 1)) : "");
            model.put("nextHref", result.hasNext() ? href(params, "page", Integer.toString(result.page() + 1)) : "");
            model.put("suggestionHref", result.suggestion() == null ? "" : href(params, "q", result.suggestion()));
            model.put("sortHref", href(params, "sort", "date".equals(params.getFirst("sort")) ? "relevance" : "date"));
            return Response.ok(new View("search", model)).build();
        } catch (Invalid | Malformed problem) {
            model.put("error", message((ProblemException) problem));
            return Response.status(problem.status()).entity(new View("search", model)).build();
        }
    }

    @GET
    @Path("admin/search")
    @Operation(hidden = true)
    public View admin() {
        return new View("admin-search", Map.of("status", status.overview(currentViewer.get())));
    }

    @POST
    @Path("admin/search/rebuild")
    @Operation(hidden = true)
    public Response rebuild() {
        status.requestRebuild(currentViewer.get());
        return Response.seeOther(URI.create("/admin/search")).build();
    }

    /** One facet value as a link that adds it to (or removes it from) the current search. */
    public record FacetLink(String label, long count, boolean selected, String href) { }

    public record FacetGroup(String dimension, List<FacetLink> values) { }

    private static List<FacetGroup> facetLinks(MultivaluedMap<String, String> params, Search.Result result) {
        List<FacetGroup> groups = new ArrayList<>();
        result.facets().forEach((dim, values) -> {
            if (values.isEmpty()) return;
            List<FacetLink> links = new ArrayList<>();
            for (Search.FacetValue v : values) links.add(new FacetLink(v.label(), v.count(), v.selected(), toggle(params, dim, v.value())));
            groups.add(new FacetGroup(dim, links));
        });
        return groups;
    }

    private static String toggle(MultivaluedMap<String, String> params, String dim, String value) {
        List<String[]> pairs = pairs(params);
        boolean present = pairs.removeIf(p -> p[0].equals(dim) && p[1].equalsIgnoreCase(value));
        if (!present) pairs.add(new String[] {dim, value});
        pairs.removeIf(p -> p[0].equals("page"));
        return query(pairs);
    }

    private static String href(MultivaluedMap<String, String> params, String name, String value) {
        List<String[]> pairs = pairs(params);
        pairs.removeIf(p -> p[0].equals(name) || (!name.equals("page") && p[0].equals("page")));
        pairs.add(new String[] {name, value});
        return query(pairs);
    }

    private static List<String[]> pairs(MultivaluedMap<String, String> params) {
        List<String[]> pairs = new ArrayList<>();
        params.forEach((k, vs) -> vs.forEach(v -> pairs.add(new String[] {k, v})));
        return pairs;
    }

    private static String query(List<String[]> pairs) {
        StringBuilder b = new StringBuilder("/search?");
        for (String[] p : pairs) {
            if (b.length() > 8) b.append('&');
            b.append(URLEncoder.encode(p[0], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static String message(ProblemException problem) {
        if (problem instanceof Invalid invalid && !invalid.fieldErrors().isEmpty()) return invalid.fieldErrors().get(0).message();
        return problem.detail();
    }
}
