package org.commonplace.blog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.commonplace.blog.control.BlogFeeds;
import org.commonplace.blog.control.BlogReading;
import org.commonplace.blog.control.BlogState;
import org.commonplace.platform.problem.NotVisible;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Optional;

/**
 * Atom and RSS feeds of the blog and of each tag: the 20 newest published posts, full text.
 * Public and the same for everyone, so they answer conditional requests like the public pages.
 */
@Path("")
@RequestScoped
@SharedPage
public class BlogFeedsResource {
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String RSS = "application/rss+xml;charset=UTF-8";

    @Inject BlogReading reading;
    @Inject BlogFeeds feeds;
    @Inject PublicCaching caching;
    @Inject SharedPages shared;
    @Context HttpHeaders headers;

    @GET
    @Path("blog/feed.atom")
    @Produces(ATOM)
    @Operation(summary = "The blog as an Atom 1.0 feed (the 20 newest published posts)")
    public Response atom() {
        return feed(null, "atom");
    }

    @GET
    @Path("blog/feed.rss")
    @Produces(RSS)
    @Operation(summary = "The blog as an RSS 2.0 feed (the 20 newest published posts)")
    public Response rss() {
        return feed(null, "rss");
    }

    @GET
    @Path("blog/tags/{tag}/feed.atom")
    @Produces(ATOM)
    @Operation(summary = "One tag's posts as an Atom 1.0 feed (404 for a tag without published posts)")
    public Response tagAtom(@PathParam("tag") String tag) {
        return feed(tag(tag), "atom");
    }

    @GET
    @Path("blog/tags/{tag}/feed.rss")
    @Produces(RSS)
    @Operation(summary = "One tag's posts as an RSS 2.0 feed (404 for a tag without published posts)")
    public Response tagRss(@PathParam("tag") String tag) {
        return feed(tag(tag), "rss");
    }

    private Response feed(String tag, String format) {
        BlogState.Epoch epoch = reading.epoch();
        PublicCaching.Validators v = caching.feed(epoch, format, tag);
        Optional<Response> unchanged = caching.notModified(headers, v);
        if (unchanged.isPresent()) return unchanged.get();
        Optional<SharedPages.Page> kept = shared.get(v);
        if (kept.isPresent()) return caching.decorate(Response.ok(kept.get().body(), kept.get().contentType()), v).build();
        List<BlogReading.FeedEntry> entries = reading.feed(tag);
        if (tag != null && entries.isEmpty()) throw new NotVisible("tag");
        String body = format.equals("atom") ? feeds.atom(entries, tag, epoch.changedAt()) : feeds.rss(entries, tag, epoch.changedAt());
        return caching.decorate(Response.ok(body, format.equals("atom") ? ATOM : RSS), v).build();
    }

    private static String tag(String tag) {
        String clean = BlogReading.tag(tag);
        if (clean == null || !clean.equals(tag)) throw new NotVisible("tag");
        return clean;
    }

}
