package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogRevision;
import org.commonplace.forum.control.Threads;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writing posts: a new draft (also one made by another feature from its own text), edits with
 * revisions, and the history. A draft is its author's alone until it is submitted for review.
 */
@ApplicationScoped
public class BlogDrafts {
    public record NewPost(String title, String excerpt, String body, List<String> tags, List<BlogConsent.SubjectRef> subjects) { }

    /** An edit: {@code version} is the post's version as read (a stale one answers 409). */
    public record Change(String title, String excerpt, String body, List<String> tags, Long version, String reason) { }

    public record History(long postId, String title, long version, List<RevisionSummary> revisions) { }

    public record RevisionSummary(long id, String title, String editedBy, Instant editedAt, String reason) { }

    public record Revision(long id, long postId, String title, String excerpt, String body, String bodyHtml, List<String> tags,
                           String editedBy, Instant editedAt, String reason) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject AppClock clock;
    @Inject BlogAuthors authors;
    @Inject BlogPosts posts;
    @Inject BlogSlugs slugs;
    @Inject BlogConsent consent;
    @Inject Markdown markdown;
    @Inject Threads threads;

    /** A new draft by the viewer (mentors, coordinators; partners where their programme allows). */
    @Transactional
    public long create(Viewer viewer, NewPost input) {
        authors.requireMayWrite(viewer);
        Invalid.Collector errors = new Invalid.Collector();
        BlogInput.Content content = BlogInput.check(errors, input.title(), input.excerpt(), input.body(), input.tags());
        errors.throwIfAny();
        BlogPost post = persist(viewer, content);
        if (input.subjects() != null) {
            for (BlogConsent.SubjectRef ref : input.subjects()) consent.name(viewer, post, ref);
        }
        return post.id();
    }

    /**
     * A draft made from text that another feature holds (a workspace note, a thread …): the text is
     * copied into a new draft of the viewer's, which only they see until they submit it, and which
     * is then reviewed and consented to like any other. Over-long text is cut to the limits, with a
     * note saying so. {@code sourceDescription} (at most 300 characters, e.g. "Workspace note
     * 'Week 3' of Mina and Pat") is shown to the author beside the draft. Joins the caller's
     * transaction, or makes its own. 401 anonymous, 403 for who may not write posts.
     */
    @Transactional
    public long fromText(Viewer viewer, String title, String body, String sourceDescription) {
        authors.requireMayWrite(viewer);
        String t = cut(title == null || title.isBlank() ? "Untitled draft" : title.strip(), BlogInput.TITLE_MAX);
        String b = body == null || body.isBlank() ? "_Write the post here._" : body;
        if (b.length() > BlogInput.BODY_MAX) {
            String note = "\n\n_(The text was cut to the length limit of a post.)_";
            b = b.substring(0, BlogInput.BODY_MAX - note.length()) + note;
        }
        BlogPost post = persist(viewer, new BlogInput.Content(t, "", b, java.util.Set.of()));
        post.cameFrom(sourceDescription == null || sourceDescription.isBlank() ? null : cut(sourceDescription.strip(), BlogInput.SOURCE_MAX), null);
        return post.id();
    }

    /**
     * A solved pain point written up as a draft (the cohort's mentors and coordinators, as for the
     * library): the problem and what solved it, with a reminder to name the organisations involved.
     */
    @Transactional
    public long fromPainPoint(Viewer viewer, long threadId) {
        Threads.SolvedPainPoint solved = threads.solvedPainPoint(viewer, threadId);
        String body = "_Written up from a solved pain point of the cohort. Before you submit it: leave out what is "
                + "confidential, and name the organisations and people it is about, who will be asked for their consent._\n\n"
                + "## The problem\n\n" + (solved.problem() == null || solved.problem().isBlank() ? "_Describe the problem._" : solved.problem())
                + "\n\n## What solved it\n\n" + (solved.solution() == null || solved.solution().isBlank() ? "_Describe what solved it._" : solved.solution())
                + "\n\n## What we learnt\n\n_Write the lesson for others._";
        long id = fromText(viewer, "Lessons: " + solved.title(), body, "Solved pain point \"" + cut(solved.title(), 200) + "\"");
        BlogPost post = em.find(BlogPost.class, id);
        post.cameFrom(post.sourceDescription(), threadId);
        BlogInput.Content tagged = new BlogInput.Content(post.title(), post.excerpt(), post.body(),
                org.commonplace.forum.control.ForumInput.tags(new Invalid.Collector(), solved.tags()));
        post.edit(tagged.title(), post.slug(), tagged.excerpt(), tagged.body(), tagged.tags(), clock.now());
        return id;
    }

    /** The author edits the text of a draft (or of a post whose changes were requested). */
    @Transactional
    public void edit(Viewer viewer, long id, Change change) {
        BlogPost post = posts.visible(viewer, id);
        if (viewer.accountId() != post.authorId()) throw new NotAllowed("Only the post's author edits it; reviewers write notes.");
        if (!post.status().editable()) {
            throw new Conflict(post.published() ? "Unpublish the post, then take it back to draft, to change it."
                    : "Take the post back to draft to change it: it is " + BlogWorkflow.label(post.status()) + ".");
        }
        Invalid.Collector errors = new Invalid.Collector();
        errors.check(change.version() != null, "version", "Send the version you edited (from GET).");
        BlogInput.Content content = BlogInput.check(errors, change.title(), change.excerpt(), change.body(), change.tags());
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        errors.check(reason == null || reason.length() <= BlogInput.REASON_MAX, "reason", "Keep the reason under " + BlogInput.REASON_MAX + " characters.");
        errors.throwIfAny();
        if (change.version() != post.version()) {
            throw new Conflict("The post was changed since you opened it. Reload it to see the changes, then edit again.");
        }
        if (content.title().equals(post.title()) && content.excerpt().equals(post.excerpt()) && content.body().equals(post.body())
                && content.tags().equals(post.tags())) return;
        Instant now = clock.now();
        em.persist(new BlogRevision(post, viewer.accountId(), now, reason));
        String slug = content.title().equals(post.title()) ? post.slug() : slugs.freeFor(content.title(), post.id());
        post.edit(content.title(), slug, content.excerpt(), content.body(), content.tags(), now);
        slugs.remember(post, now);
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.EDITED, reason, now));
    }

    @Transactional
    public History history(Viewer viewer, long id) {
        BlogPost post = insiderView(viewer, id);
        List<BlogRevision> revisions = em.createQuery("select r from BlogRevision r where r.postId = :p order by r.editedAt desc, r.id desc",
                BlogRevision.class).setParameter("p", id).getResultList();
        Map<Long, String> names = posts.names(revisions.stream().map(BlogRevision::editedBy).distinct().toList());
        return new History(id, post.title(), post.version(), revisions.stream().map(r -> new RevisionSummary(r.id(), r.title(),
                names.getOrDefault(r.editedBy(), "former member"), r.editedAt(), r.reason())).toList());
    }

    @Transactional
    public Revision revision(Viewer viewer, long id, long revisionId) {
        insiderView(viewer, id);
        BlogRevision r = em.find(BlogRevision.class, revisionId);
        if (r == null || r.postId() != id) throw new NotVisible("revision");
        String editor = posts.names(List.of(r.editedBy())).getOrDefault(r.editedBy(), "former member");
        return new Revision(r.id(), id, r.title(), r.excerpt(), r.body(), markdown.toHtml(r.body()), r.tags(), editor, r.editedAt(), r.reason());
    }

    /**
     * Earlier versions are for the author and the reviewers (the people named see the text they
     * are asked about): a published post's readers get 404, as for a page that is not there.
     */
    private BlogPost insiderView(Viewer viewer, long id) {
        BlogPost post = posts.visible(viewer, id);
        PostRules rules = posts.rules(viewer, post);
        if (!rules.author() && !(rules.reviewer() && post.submitted())) throw new NotVisible("blog post history");
        return post;
    }

    private BlogPost persist(Viewer viewer, BlogInput.Content content) {
        Instant now = clock.now();
        BlogPost post = new BlogPost(viewer.accountId(), content.title(), slugs.freeFor(content.title(), null), content.excerpt(),
                content.body(), content.tags(), now);
        em.persist(post);
        em.flush();
        slugs.remember(post, now);
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.CREATED, null, now));
        return post;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
