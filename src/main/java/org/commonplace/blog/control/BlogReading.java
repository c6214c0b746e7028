package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.forum.control.ForumInput;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.NotVisible;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The public blog: lists of published posts (all, by tag, by author), a post's page with its
 * comments and neighbours, the feeds' entries, the sitemap's addresses, and the facts a
 * conditional GET needs. Only PUBLISHED posts appear in lists; a post's own page also opens for
 * the few who may see it unpublished (its author, the reviewers, the people asked for consent).
 */
@ApplicationScoped
public class BlogReading {
    public static final int PER_PAGE = 10;
    public static final int FEED_ENTRIES = 20;

    /** Where a requested address leads: the post, or (for an old address) a redirect to its current one. */
    public record Resolved(long postId, String slug, boolean moved) { }

    public record PostPage(BlogViews.Detail detail, List<BlogComments.Comment> comments, BlogViews.Summary previous,
                           BlogViews.Summary next, boolean published) { }

    /** What a public page depends on, for its ETag and Last-Modified. */
    public record Fingerprint(long postId, long version, Instant commentsChangedAt, long epoch, Instant lastModified) { }

    public record FeedEntry(long id, String title, String url, String summary, String html, Instant publishedAt, Instant updatedAt,
                            String author, List<String> tags) { }

    public record SitemapPage(String path, Instant lastModified) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogPosts posts;
    @Inject BlogComments comments;
    @Inject Markdown markdown;
    @Inject BlogSlugs slugs;
    @Inject PageFacts facts;

    /** Published posts, newest first; optionally only one tag's or one author's (404 when there are none). */
    @Transactional
    public BlogViews.Page published(String tag, Long authorId, int page, int size) {
        String where = " where p.status = :published" + (tag != null ? " and :tag member of p.tags" : "")
                + (authorId != null ? " and p.authorId = :author" : "");
        TypedQuery<Long> count = em.createQuery("select count(p) from BlogPost p" + where, Long.class);
        TypedQuery<BlogPost> query = em.createQuery("select p from BlogPost p" + where + " order by p.publishedAt desc, p.id desc",
                BlogPost.class).setHint("eclipselink.batch", "p.tags").setHint("eclipselink.batch.type", "IN");
        for (TypedQuery<?> q : List.of(count, query)) {
            q.setParameter("published", BlogPost.Status.PUBLISHED);
            if (tag != null) q.setParameter("tag", tag);
            if (authorId != null) q.setParameter("author", authorId);
        }
        long total = count.getSingleResult();
        if (total == 0 && (tag != null || authorId != null)) throw new NotVisible(tag != null ? "tag" : "author");
        List<BlogPost> found = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new BlogViews.Page(posts.summaries(found), page, size, total);
    }

    /** "Volunteer Rota" → "volunteer-rota", as tags are stored; null for blank. */
    public static String tag(String text) {
        if (text == null || text.isBlank()) return null;
        String t = ForumInput.normalTag(text);
        return t.isEmpty() ? null : t;
    }

    /** The display name of an author with at least one published post; 404 otherwise (accounts are not listed). */
    @Transactional
    public String authorName(long authorId) {
        long count = em.createQuery("select count(p) from BlogPost p where p.authorId = :a and p.status = :published", Long.class)
                .setParameter("a", authorId).setParameter("published", BlogPost.Status.PUBLISHED).getSingleResult();
        if (count == 0) throw new NotVisible("author");
        return posts.names(List.of(authorId)).getOrDefault(authorId, "former member");
    }

    /** The post at this address, or the redirect for an old address; 404 for who may not see it. */
    @Transactional
    public Resolved resolve(Viewer viewer, String slug) {
        Optional<BlogPost> current = slugs.current(slug);
        BlogPost post = current.or(() -> slugs.former(slug)).orElseThrow(() -> new NotVisible("blog post"));
        if (!posts.maySee(viewer, post)) throw new NotVisible("blog post");
        return new Resolved(post.id(), post.slug(), current.isEmpty());
    }

    /** The facts a published post's public page depends on, or empty (then the page is not cacheable). */
    public Optional<Fingerprint> fingerprint(String slug) {
        return facts.post(slug).map(f -> new Fingerprint(f.postId(), f.version(), f.commentsChangedAt(), f.epoch(),
                latest(latest(f.updatedAt(), f.commentsChangedAt()), f.epochChangedAt())));
    }

    /** The post's page: the post, its comments, the published posts before and after it. */
    @Transactional
    public PostPage page(Viewer viewer, long postId) {
        BlogPost post = posts.visible(viewer, postId);
        BlogViews.Detail detail = posts.detail(viewer, post);
        List<BlogComments.Comment> shown = comments.readable(viewer, postId);
        BlogViews.Summary previous = null, next = null;
        if (post.published()) {
            previous = neighbour(post, "<", "desc");
            next = neighbour(post, ">", "asc");
        }
        return new PostPage(detail, shown, previous, next, post.published());
    }

    private BlogViews.Summary neighbour(BlogPost post, String direction, String order) {
        List<BlogPost> found = em.createQuery("select p from BlogPost p where p.status = :published and (p.publishedAt " + direction
                        + " :at or (p.publishedAt = :at and p.id " + direction + " :id)) order by p.publishedAt " + order + ", p.id " + order,
                BlogPost.class).setParameter("published", BlogPost.Status.PUBLISHED).setParameter("at", post.publishedAt())
                .setParameter("id", post.id()).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : posts.summaries(found).get(0);
    }

    /** The newest published posts (of one tag), with their full text, for the feeds. */
    @Transactional
    public List<FeedEntry> feed(String tag) {
        TypedQuery<BlogPost> query = em.createQuery("select p from BlogPost p where p.status = :published"
                        + (tag != null ? " and :tag member of p.tags" : "") + " order by p.publishedAt desc, p.id desc", BlogPost.class)
                .setParameter("published", BlogPost.Status.PUBLISHED)
                .setHint("eclipselink.batch", "p.tags").setHint("eclipselink.batch.type", "IN");
        if (tag != null) query.setParameter("tag", tag);
        List<BlogPost> newest = query.setMaxResults(FEED_ENTRIES).getResultList();
        java.util.Map<Long, String> names = posts.names(newest.stream().map(BlogPost::authorId).distinct().toList());
        return newest.stream().map(p -> new FeedEntry(p.id(), p.title(), BlogInput.postPath(p.slug()),
                p.excerpt().isBlank() ? markdown.excerpt(p.body(), 300) : p.excerpt(), markdown.toHtml(p.body()),
                p.publishedAt(), p.updatedAt(), names.getOrDefault(p.authorId(), "former member"),
                p.tags().stream().sorted().toList())).toList();
    }

    /** The change counter of the public blog (lists, feeds): for ETags. */
    public BlogState.Epoch epoch() {
        return facts.epoch();
    }

    /** Every public blog address: the posts, the tag pages and the author pages, with their last change. */
    @Transactional
    public List<SitemapPage> sitemap() {
        List<Object[]> rows = em.createQuery("select p.slug, p.updatedAt from BlogPost p where p.status = :published order by p.publishedAt desc",
                Object[].class).setParameter("published", BlogPost.Status.PUBLISHED).getResultList();
        List<SitemapPage> pages = new java.util.ArrayList<>();
        rows.forEach(r -> pages.add(new SitemapPage(BlogInput.postPath((String) r[0]), (Instant) r[1])));
        // the newest change per tag and per author, counted here: max() of a converted column reaches the
        // converter as the driver's own type, which differs between H2 and PostgreSQL
        java.util.Map<String, Instant> tags = new java.util.TreeMap<>();
        em.createQuery("select t, p.updatedAt from BlogPost p join p.tags t where p.status = :published", Object[].class)
                .setParameter("published", BlogPost.Status.PUBLISHED).getResultStream()
                .forEach(r -> tags.merge((String) r[0], (Instant) r[1], BlogReading::latest));
        tags.forEach((tag, at) -> pages.add(new SitemapPage("/blog/tags/" + BlogInput.pathSegment(tag), at)));
        java.util.Map<Long, Instant> authors = new java.util.TreeMap<>();
        rowsByAuthor().forEach(r -> authors.merge((Long) r[0], (Instant) r[1], BlogReading::latest));
        authors.forEach((author, at) -> pages.add(new SitemapPage("/blog/authors/" + author, at)));
        return pages;
    }

    private List<Object[]> rowsByAuthor() {
        return em.createQuery("select p.authorId, p.updatedAt from BlogPost p where p.status = :published", Object[].class)
                .setParameter("published", BlogPost.Status.PUBLISHED).getResultList();
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
