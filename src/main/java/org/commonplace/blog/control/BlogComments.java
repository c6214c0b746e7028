package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogComment;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.CommentFlag;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Members' comments on published posts, moderated like the forum: comments are Markdown (rendered
 * by the one sanitising renderer), limited in length and pace, flagged by members and hidden by
 * coordinators with a reason that goes on the post's timeline.
 */
@ApplicationScoped
public class BlogComments {
    public record Comment(long id, long authorId, String author, String body, String bodyHtml, Instant createdAt, boolean hidden,
                          boolean mayDelete, boolean mayModerate, boolean mayFlag) { }

    public record Flagged(long flagId, long commentId, long postId, String postTitle, String postUrl, String excerpt,
                          String author, String reporter, String reason, Instant at) { }

    public enum Moderation { HIDE, UNHIDE }

    public enum FlagDecision { DISMISS, HIDE_COMMENT }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject Access access;
    @Inject AppClock clock;
    @Inject Markdown markdown;
    @Inject BlogPosts posts;
    @Inject BlogNotices notices;
    @Inject CommentLimits limits;

    /** The comments the viewer may read, oldest first; coordinators also see hidden ones, marked. */
    @Transactional
    public List<Comment> of(Viewer viewer, long postId) {
        posts.visible(viewer, postId);
        return readable(viewer, postId);
    }

    /** Joins the caller's transaction; the post is visible to the viewer. */
    List<Comment> readable(Viewer viewer, long postId) {
        boolean moderator = access.mayReviewBlogPosts(viewer);
        List<BlogComment> comments = em.createQuery("select c from BlogComment c where c.postId = :p and c.deletedAt is null"
                        + (moderator ? "" : " and c.hidden = false") + " order by c.createdAt, c.id", BlogComment.class)
                .setParameter("p", postId).setMaxResults(1000).getResultList();
        Map<Long, String> names = posts.names(comments.stream().map(BlogComment::authorId).collect(Collectors.toSet()));
        return comments.stream().map(c -> {
            boolean own = viewer.signedIn() && viewer.accountId() == c.authorId();
            return new Comment(c.id(), c.authorId(), names.getOrDefault(c.authorId(), "former member"), c.body(),
                    markdown.toHtml(c.body()), c.createdAt(), c.hidden(), own || moderator, moderator, viewer.signedIn() && !own);
        }).toList();
    }

    /** A signed-in member comments on a published post. */
    @Transactional
    public long add(Viewer viewer, long postId, String body) {
        access.requireSignedIn(viewer);
        BlogPost post = posts.visible(viewer, postId);
        if (!post.published()) throw new Conflict("Comments open when the post is published.");
        String text = BlogInput.required(body, BlogInput.COMMENT_MAX, "body", "a comment");
        limits.check(viewer);
        Instant now = clock.now();
        BlogComment comment = new BlogComment(postId, viewer.accountId(), text, now);
        em.persist(comment);
        em.flush();
        commentsChanged(postId, now);
        notices.commentAdded(post, viewer.accountId(), text);
        return comment.id();
    }

    /** The comment's author, or a coordinator, deletes it. Answers the post's id. */
    @Transactional
    public long delete(Viewer viewer, long commentId) {
        BlogComment c = visibleComment(viewer, commentId);
        if (viewer.accountId() != c.authorId() && !access.mayReviewBlogPosts(viewer)) {
            throw new NotAllowed("The comment's author and coordinators delete a comment.");
        }
        Instant now = clock.now();
        c.delete(now);
        commentsChanged(c.postId(), now);
        return c.postId();
    }

    /** Coordinators hide or show a comment, with a reason kept on the post's timeline; hiding closes its open flags. */
    @Transactional
    public long moderate(Viewer viewer, long commentId, String action, String reason) {
        BlogComment c = visibleComment(viewer, commentId);
        if (!access.mayReviewBlogPosts(viewer)) throw new NotAllowed("Coordinators moderate comments.");
        Moderation m = named(Moderation.class, action, "action", "HIDE or UNHIDE");
        String why = BlogInput.required(reason, BlogInput.REASON_MAX, "reason", "the reason");
        hide(viewer, c, m == Moderation.HIDE, why);
        return c.postId();
    }

    /** A member who can read a comment reports it to the coordinators (one open report per person and comment). */
    @Transactional
    public long flag(Viewer viewer, long commentId, String reason) {
        BlogComment c = visibleComment(viewer, commentId);
        if (c.hidden() && !access.mayReviewBlogPosts(viewer)) throw new NotVisible("comment");
        if (c.authorId() == viewer.accountId()) throw new NotAllowed("Delete your own comment instead of reporting it.");
        String why = BlogInput.required(reason, BlogInput.REASON_MAX, "reason", "what is wrong with the comment");
        boolean open = em.createQuery("select count(f) from CommentFlag f where f.commentId = :c and f.reporterId = :r "
                        + "and f.resolvedAt is null", Long.class)
                .setParameter("c", commentId).setParameter("r", viewer.accountId()).getSingleResult() > 0;
        if (open) throw new Conflict("You reported this comment already; a coordinator will look at it.");
        CommentFlag flag = new CommentFlag(commentId, viewer.accountId(), why, clock.now());
        em.persist(flag);
        em.flush();
        return flag.id();
    }

    /** The coordinators' queue: open reports, oldest first. */
    @Transactional
    public List<Flagged> openFlags(Viewer viewer) {
        access.requireCoordinator(viewer);
        List<CommentFlag> flags = em.createQuery("select f from CommentFlag f where f.resolvedAt is null order by f.createdAt, f.id",
                CommentFlag.class).setMaxResults(200).getResultList();
        if (flags.isEmpty()) return List.of();
        Map<Long, BlogComment> comments = em.createQuery("select c from BlogComment c where c.id in :ids", BlogComment.class)
                .setParameter("ids", flags.stream().map(CommentFlag::commentId).collect(Collectors.toSet())).getResultStream()
                .collect(Collectors.toMap(BlogComment::id, c -> c));
        Map<Long, BlogPost> postsById = em.createQuery("select p from BlogPost p where p.id in :ids", BlogPost.class)
                .setParameter("ids", comments.values().stream().map(BlogComment::postId).collect(Collectors.toSet())).getResultStream()
                .collect(Collectors.toMap(BlogPost::id, p -> p));
        Set<Long> people = new java.util.HashSet<>();
        flags.forEach(f -> people.add(f.reporterId()));
        comments.values().forEach(c -> people.add(c.authorId()));
        Map<Long, String> names = posts.names(people);
        return flags.stream().map(f -> {
            BlogComment c = comments.get(f.commentId());
            BlogPost p = postsById.get(c.postId());
            return new Flagged(f.id(), c.id(), p.id(), p.title(), BlogInput.postPath(p.slug()) + "#comment-" + c.id(),
                    c.deleted() ? "(deleted)" : markdown.excerpt(c.body(), 200), names.getOrDefault(c.authorId(), "former member"),
                    names.getOrDefault(f.reporterId(), "former member"), f.reason(), f.createdAt());
        }).toList();
    }

    @Transactional
    public void resolve(Viewer viewer, long flagId, String decision, String reason) {
        access.requireCoordinator(viewer);
        CommentFlag flag = em.find(CommentFlag.class, flagId);
        if (flag == null) throw new NotVisible("report");
        if (!flag.open()) throw new Conflict("This report was dealt with already.");
        FlagDecision d = named(FlagDecision.class, decision, "decision", "DISMISS or HIDE_COMMENT");
        String why = BlogInput.required(reason, BlogInput.REASON_MAX, "reason", "the reason");
        BlogComment c = em.find(BlogComment.class, flag.commentId());
        if (d == FlagDecision.HIDE_COMMENT) {
            hide(viewer, c, true, why);
        } else {
            flag.resolve(CommentFlag.Resolution.DISMISSED, viewer.accountId(), clock.now());
            timeline.record(new BlogEvent(c.postId(), viewer.accountId(), BlogEvent.Kind.FLAG_DISMISSED, why, clock.now()).aboutComment(c.id()));
        }
    }

    private void hide(Viewer viewer, BlogComment c, boolean hidden, String why) {
        Instant now = clock.now();
        c.hide(hidden);
        commentsChanged(c.postId(), now);
        timeline.record(new BlogEvent(c.postId(), viewer.accountId(), hidden ? BlogEvent.Kind.COMMENT_HIDDEN : BlogEvent.Kind.COMMENT_SHOWN,
                why, now).aboutComment(c.id()));
        if (hidden) {
            em.createQuery("select f from CommentFlag f where f.commentId = :c and f.resolvedAt is null", CommentFlag.class)
                    .setParameter("c", c.id()).getResultStream()
                    .forEach(f -> f.resolve(CommentFlag.Resolution.COMMENT_HIDDEN, viewer.accountId(), now));
        }
    }

    /**
     * The post's page changed (its ETag with it). A bulk update, not a change of the post entity:
     * comments written at the same moment must not fail on the post's optimistic lock.
     */
    private void commentsChanged(long postId, Instant now) {
        em.createQuery("update BlogPost p set p.commentsChangedAt = :now where p.id = :id")
                .setParameter("now", now).setParameter("id", postId).executeUpdate();
    }

    /** A comment that is not deleted, on a post the viewer may see; 401 anonymous, 404 otherwise. */
    private BlogComment visibleComment(Viewer viewer, long commentId) {
        access.requireSignedIn(viewer);
        BlogComment c = em.find(BlogComment.class, commentId);
        if (c == null || c.deleted()) throw new NotVisible("comment");
        posts.visible(viewer, c.postId());
        return c;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String text, String field, String choices) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(t)) return e;
        throw Invalid.field(field, "Choose " + choices + ".");
    }
}
