package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.forum.control.ForumViews.Person;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Post;
import org.commonplace.forum.entity.PostRevision;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Editing (with a reason, every earlier text kept and visible to the cohort) and deleting posts.
 * A deleted post keeps its place in the thread: "this post was deleted".
 */
@ApplicationScoped
public class PostChanges {
    public static final int REASON_MAX = 200;

    public record Revision(String body, String bodyHtml, String reason, Person editedBy, Instant editedAt) { }

    public record PostHistory(long postId, long threadId, int position, String threadTitle, String currentBody,
                              String currentHtml, List<Revision> revisions) { }

    public record Editable(long postId, long threadId, int position, String threadTitle, String body) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Threads threads;
    @Inject People people;
    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;
    @Inject jakarta.enterprise.inject.Instance<Moderation> moderation;

    @Transactional
    public Editable editable(Viewer viewer, long postId) {
        Post post = changeable(viewer, postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        return new Editable(post.id(), thread.id(), post.position(), thread.title(), post.body());
    }

    @Transactional
    public void edit(Viewer viewer, long postId, String body, String reason) {
        Post post = changeable(viewer, postId);
        Invalid.Collector errors = ForumInput.checkBody(new Invalid.Collector(), body);
        errors.check(reason == null || reason.length() <= REASON_MAX, "reason", "Keep the reason under " + REASON_MAX + " characters.");
        errors.throwIfAny();
        if (post.body().equals(body)) return;
        Instant now = clock.now();
        em.persist(new PostRevision(post.id(), post.body(), reason == null || reason.isBlank() ? null : reason.strip(),
                viewer.accountId(), now));
        post.edit(body, now);
        searchOutbox.changed(SearchItemType.POST, postId);
        if (post.authorId() != viewer.accountId()) {
            moderation.get().logChangeOfOthersPost(viewer, em.find(ForumThread.class, post.threadId()), post,
                    org.commonplace.forum.entity.ModerationEntry.Action.EDIT_POST, reason);
        }
    }

    @Transactional
    public void delete(Viewer viewer, long postId) {
        Post post = changeable(viewer, postId);
        post.delete(clock.now());
        searchOutbox.changed(SearchItemType.POST, postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        if (post.id().equals(thread.answerPostId())) thread.markAnswer(null);
        if (post.authorId() != viewer.accountId()) {
            moderation.get().logChangeOfOthersPost(viewer, thread, post, org.commonplace.forum.entity.ModerationEntry.Action.DELETE_POST, null);
        }
    }

    /** Every earlier text of a post, newest first; anyone who may read the thread may read them. */
    @Transactional
    public PostHistory history(Viewer viewer, long postId) {
        Post post = readable(viewer, postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        List<PostRevision> revisions = em.createQuery("select r from PostRevision r where r.postId = :p order by r.editedAt desc, r.id desc",
                PostRevision.class).setParameter("p", postId).getResultList();
        Map<Long, Person> editors = people.byId(revisions.stream().map(PostRevision::editedBy).collect(Collectors.toSet()));
        return new PostHistory(post.id(), thread.id(), post.position(), thread.title(),
                post.deleted() ? "" : post.body(), post.deleted() ? "" : markdown.toHtml(post.body()),
                post.deleted() ? List.of() : revisions.stream().map(r -> new Revision(r.body(), markdown.toHtml(r.body()), r.reason(),
                        editors.getOrDefault(r.editedBy(), People.unknown(r.editedBy())), r.editedAt())).toList());
    }

    /** The post if its thread is visible to the viewer; "not found" otherwise. */
    Post readable(Viewer viewer, long postId) {
        access.requireSignedIn(viewer);
        Post post = em.find(Post.class, postId);
        if (post == null) throw new NotVisible("post");
        ForumThread thread = threads.visible(viewer, post.threadId());
        if (post.hidden() && !access.mayModerateCohort(viewer, thread.cohortId())) throw new NotVisible("post");
        return post;
    }

    private Post changeable(Viewer viewer, long postId) {
        Post post = readable(viewer, postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        if (!access.mayChangePost(viewer, post.authorId(), thread.cohortId())) {
            throw new NotAllowed("Only the author and the cohort's moderators change a post.");
        }
        if (post.deleted()) throw new Conflict("This post was deleted.");
        if (thread.locked() && !access.mayModerateCohort(viewer, thread.cohortId())) {
            throw new Conflict("This thread is locked: its posts cannot be changed.");
        }
        return post;
    }
}
