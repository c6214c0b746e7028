package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.commonplace.access.CurrentViewer;
import org.commonplace.access.Viewer;
import org.commonplace.blog.control.BlogAuthors;
import org.commonplace.blog.control.BlogInput;
import org.commonplace.blog.control.BlogReading;
import org.commonplace.blog.control.BlogState;
import org.commonplace.blog.control.BlogViews;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.view.View;
import org.commonplace.search.control.Search;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public blog: /blog (paged), a post's page /blog/{slug} (an old address answers 301 to the
 * current one), tag pages and author pages. Anonymous readers get cacheable pages with ETag and
 * Last-Modified (a 304 costs two small queries); members get their own page, not stored.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@SharedPage
public class BlogPublicPages {
    @Inject CurrentViewer currentViewer;
    @Inject BlogReading reading;
    @Inject BlogAuthors authors;
    @Inject PublicCaching caching;
    @Inject SharedPages shared;
    @Inject Search search;
    @Inject Settings settings;
    @Inject Markdown markdown;
    @Context HttpHeaders headers;

    @GET
    @Path("blog")
    @Operation(hidden = true)
    public Response index(@QueryParam("page") String page) {
        int p = page(page);
        return list(p, null, () -> {
            Map<String, Object> model = listModel(reading.published(null, null, p, BlogReading.PER_PAGE), "/blog", p);
            model.put("heading", "blog.title");
            model.put("mayWrite", authors.mayWriteNow(currentViewer.get()));
            return model;
        });
    }

    @GET
    @Path("blog/tags/{tag}")
    @Operation(hidden = true)
    public Response tag(@PathParam("tag") String tag, @QueryParam("page") String page) {
        String clean = BlogReading.tag(tag);
        if (clean == null) throw new NotVisible("tag");
        if (!clean.equals(tag)) return Response.status(301).location(URI.create("/blog/tags/" + BlogInput.pathSegment(clean))).build();
        int p = page(page);
        return list(p, "tag:" + clean, () -> {
            Map<String, Object> model = listModel(reading.published(clean, null, p, BlogReading.PER_PAGE), "/blog/tags/" + BlogInput.pathSegment(clean), p);
            model.put("heading", "blog.tag.title");
            model.put("tag", clean);
            return model;
        });
    }

    @GET
    @Path("blog/authors/{authorId}")
    @Operation(hidden = true)
    public Response author(@PathParam("authorId") long authorId, @QueryParam("page") String page) {
        int p = page(page);
        return list(p, "author:" + authorId, () -> {
            String name = reading.authorName(authorId);
            Map<String, Object> model = listModel(reading.published(null, authorId, p, BlogReading.PER_PAGE), "/blog/authors/" + authorId, p);
            model.put("heading", "blog.author.title");
            model.put("authorName", name);
            return model;
        });
    }

    @GET
    @Path("blog/{slug}")
    @Operation(hidden = true)
    public Response post(@PathParam("slug") String slug) {
        Viewer viewer = currentViewer.get();
        PublicCaching.Validators validators = null;
        if (!viewer.signedIn()) {
            Optional<BlogReading.Fingerprint> fp = reading.fingerprint(slug);
            if (fp.isPresent()) {
                BlogReading.Fingerprint f = fp.get();
                validators = caching.post(f);
                Optional<Response> unchanged = caching.notModified(headers, validators);
                if (unchanged.isPresent()) return unchanged.get();
                Optional<SharedPages.Page> kept = shared.get(validators);
                if (kept.isPresent()) return caching.decorate(Response.ok(kept.get().body(), kept.get().contentType()), validators).build();
            }
        }
        BlogReading.Resolved resolved = reading.resolve(viewer, slug);
        if (resolved.moved()) return Response.status(301).location(URI.create(BlogInput.postPath(resolved.slug()))).build();
        BlogReading.PostPage page = reading.page(viewer, resolved.postId());
        BlogViews.Summary post = page.detail().post();
        String url = settings.absolute(post.url());
        String plain = markdown.toText(page.detail().body());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("post", post);
        model.put("canonical", url);
        model.put("description", post.excerpt());
        model.put("ogImage", post.cover() == null ? null : settings.absolute(post.cover().largest()));
        model.put("related", page.published() ? search.relatedBlogPosts(viewer, post.id(), 3) : List.of());
        model.put("commentMax", BlogInput.COMMENT_MAX);
        if (page.published()) {
            model.put("jsonLd", JsonLd.blogPosting(post, url, settings.absolute("/blog/authors/" + post.authorId()),
                    post.cover() == null ? null : settings.absolute(post.cover().largest()), post.excerpt(),
                    plain.isBlank() ? 0 : plain.split("\\s+").length, settings.absolute("/")));
        }
        if (validators == null) return Response.ok(new View("blog-post", model)).build();
        model.put("csrf", ""); // the same page for every anonymous reader: nothing on it needs the token
        return caching.decorate(Response.ok(new View("blog-post", model)), validators).build();
    }

    private interface ListModel {
        Map<String, Object> build();
    }

    /** A list page: anonymous readers get validators from the blog's change counter. */
    private Response list(int page, String what, ListModel model) {
        Viewer viewer = currentViewer.get();
        if (viewer.signedIn()) return Response.ok(new View("blog-list", model.build())).build();
        BlogState.Epoch epoch = reading.epoch();
        PublicCaching.Validators v = caching.list(epoch, what, page);
        Optional<Response> unchanged = caching.notModified(headers, v);
        if (unchanged.isPresent()) return unchanged.get();
        Optional<SharedPages.Page> kept = shared.get(v);
        if (kept.isPresent()) return caching.decorate(Response.ok(kept.get().body(), kept.get().contentType()), v).build();
        Map<String, Object> m = model.build();
        m.put("csrf", "");
        return caching.decorate(Response.ok(new View("blog-list", m)), v).build();
    }

    private Map<String, Object> listModel(BlogViews.Page posts, String path, int page) {
        if (posts.items().isEmpty() && page > 1) throw new NotVisible("page");
        Map<String, Object> model = new HashMap<>();
        model.put("posts", posts);
        model.put("listPath", path);
        model.put("canonical", settings.absolute(path + (page > 1 ? "?page=" + page : "")));
        model.put("feedPath", path.startsWith("/blog/authors/") ? "/blog" : path);
        return model;
    }

    private static int page(String text) {
        if (text == null || text.isBlank()) return 1;
        try {
            int p = Integer.parseInt(text.strip());
            if (p < 1 || p > org.commonplace.platform.web.Paging.MAX_PAGE) throw new NotVisible("page");
            return p;
        } catch (NumberFormatException e) {
            throw new NotVisible("page");
        }
    }

}
