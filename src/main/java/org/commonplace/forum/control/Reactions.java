package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Post;
import org.commonplace.forum.entity.Reaction;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.time.AppClock;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "Helpful" and "thanks" on posts, and marking the reply that solved a thread. */
@ApplicationScoped
public class Reactions {
    public record Counts(long helpful, long thanks, boolean helpfulByMe, boolean thanksByMe) {
        static final Counts NONE = new Counts(0, 0, false, false);
    }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject PostChanges posts;
    @Inject Threads threads;
    @Inject AppClock clock;

    @Transactional
    public Counts react(Viewer viewer, long postId, String kindText, boolean on) {
        Post post = posts.readable(viewer, postId);
        if (post.deleted()) throw new Conflict("This post was deleted.");
        Reaction.Kind kind = kind(kindText);
        if (post.authorId() == viewer.accountId() && on) throw new NotAllowed("You cannot react to your own post.");
        Reaction existing = em.find(Reaction.class, new Reaction.Key(postId, viewer.accountId(), kind));
        if (on && existing == null) em.persist(new Reaction(postId, viewer.accountId(), kind, clock.now()));
        if (!on && existing != null) em.remove(existing);
        em.flush();
        return of(viewer, List.of(postId)).getOrDefault(postId, Counts.NONE);
    }

    /** The thread's author and its moderators mark the reply that solved it (or clear it with null). */
    @Transactional
    public void markAnswer(Viewer viewer, long threadId, Long postId) {
        ForumThread thread = threads.visible(viewer, threadId);
        if (thread.authorId() != viewer.accountId() && !access.mayModerateCohort(viewer, thread.cohortId())) {
            throw new NotAllowed("The person who asked, and the cohort's moderators, mark the answer.");
        }
        if (postId != null) {
            Post post = em.find(Post.class, postId);
            if (post == null || post.threadId() != threadId || post.position() == 1 || post.deleted() || post.hidden()) {
                throw Invalid.field("postId", "Choose a reply of this thread.");
            }
        }
        thread.markAnswer(postId);
    }

    /** Reaction counts of the posts, and which of them are the viewer's, in one query. */
    Map<Long, Counts> of(Viewer viewer, Collection<Long> postIds) {
        if (postIds.isEmpty()) return Map.of();
        List<Object[]> rows = em.createQuery("select r.postId, r.kind, r.accountId from Reaction r where r.postId in :ids", Object[].class)
                .setParameter("ids", postIds).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        Set<String> mine = new HashSet<>();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            c[((Reaction.Kind) row[1]).ordinal()]++;
            if (row[2].equals(viewer.accountId())) mine.add(row[0] + "/" + row[1]);
        }
        Map<Long, Counts> result = new HashMap<>();
        counts.forEach((post, c) -> result.put(post, new Counts(c[0], c[1],
                mine.contains(post + "/" + Reaction.Kind.HELPFUL), mine.contains(post + "/" + Reaction.Kind.THANKS))));
        return result;
    }

    static Reaction.Kind kind(String text) {
        return Arrays.stream(Reaction.Kind.values()).filter(k -> k.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElseThrow(() -> Invalid.field("kind", "React with helpful or thanks."));
    }
}
