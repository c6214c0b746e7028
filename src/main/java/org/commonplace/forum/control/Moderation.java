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
import org.commonplace.forum.entity.Board;
import org.commonplace.forum.entity.Flag;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.ModerationEntry;
import org.commonplace.forum.entity.ModerationEntry.Action;
import org.commonplace.forum.entity.Post;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Coordinators, and the mentors of a cohort, keep its boards in order: pin, lock, move and hide
 * threads, hide posts, and work through the posts members flag. Every action needs a reason and
 * lands in the cohort's moderation log, with who and when.
 */
@ApplicationScoped
public class Moderation {
    public static final int REASON_MAX = 500;

    public record OpenFlag(long id, long postId, long threadId, int position, String threadTitle, String excerpt,
                           Person postAuthor, Person reporter, String reason, Instant createdAt) { }

    public record LogEntry(long id, String action, Person actor, Long threadId, Long postId, String reason, Instant at) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Threads threads;
    @Inject PostChanges posts;
    @Inject People people;
    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;

    @Transactional
    public void moderateThread(Viewer viewer, long threadId, String actionText, Long boardId, String reason) {
        ForumThread thread = threads.visible(viewer, threadId);
        requireModerator(viewer, thread.cohortId());
        Action action = action(actionText, Set.of(Action.PIN, Action.UNPIN, Action.LOCK, Action.UNLOCK,
                Action.HIDE_THREAD, Action.UNHIDE_THREAD, Action.MOVE));
        String why = reason(reason);
        switch (action) {
            case PIN, UNPIN -> thread.pin(action == Action.PIN);
            case LOCK, UNLOCK -> thread.lock(action == Action.LOCK);
            case HIDE_THREAD, UNHIDE_THREAD -> thread.hide(action == Action.HIDE_THREAD);
            case MOVE -> {
                Board target = boardId == null ? null : em.find(Board.class, boardId);
                if (target == null || target.cohortId() != thread.cohortId()) {
                    throw Invalid.field("boardId", "Choose a board of the same cohort.");
                }
                thread.moveTo(target);
            }
            default -> throw new IllegalStateException(action.name());
        }
        if (action == Action.HIDE_THREAD || action == Action.UNHIDE_THREAD) searchOutbox.changed(SearchItemType.THREAD, threadId);
        log(viewer, thread.cohortId(), action, threadId, null, why);
    }

    @Transactional
    public void moderatePost(Viewer viewer, long postId, String actionText, String reason) {
        Post post = posts.readable(viewer, postId);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        requireModerator(viewer, thread.cohortId());
        Action action = action(actionText, Set.of(Action.HIDE_POST, Action.UNHIDE_POST));
        String why = reason(reason);
        post.hide(action == Action.HIDE_POST);
        searchOutbox.changed(SearchItemType.POST, postId);
        if (action == Action.HIDE_POST && post.id().equals(thread.answerPostId())) thread.markAnswer(null);
        log(viewer, thread.cohortId(), action, thread.id(), postId, why);
    }

    /** Any member who can read a post can flag it, once while their flag is open. */
    @Transactional
    public long flag(Viewer viewer, long postId, String reason) {
        Post post = posts.readable(viewer, postId);
        if (post.deleted()) throw new Conflict("This post was deleted.");
        String why = reason(reason);
        ForumThread thread = em.find(ForumThread.class, post.threadId());
        boolean open = !em.createQuery("select f.id from Flag f where f.postId = :p and f.reporterId = :r and f.resolvedAt is null", Long.class)
                .setParameter("p", postId).setParameter("r", viewer.accountId()).getResultList().isEmpty();
        if (open) throw new Conflict("You have flagged this post already; the moderators will look at it.");
        Flag flag = new Flag(postId, thread.cohortId(), viewer.accountId(), why, clock.now());
        em.persist(flag);
        em.flush();
        return flag.id();
    }

    @Transactional
    public List<OpenFlag> openFlags(Viewer viewer, long cohortId) {
        access.requireCohortVisible(viewer, cohortId);
        requireModerator(viewer, cohortId);
        List<Flag> flags = em.createQuery("select f from Flag f where f.cohortId = :c and f.resolvedAt is null order by f.createdAt",
                Flag.class).setParameter("c", cohortId).getResultList();
        if (flags.isEmpty()) return List.of();
        Map<Long, Post> flagged = em.createQuery("select p from Post p where p.id in :ids", Post.class)
                .setParameter("ids", flags.stream().map(Flag::postId).toList()).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Post::id, p -> p));
        Map<Long, String> titles = em.createQuery("select t.id, t.title from ForumThread t where t.id in :ids", Object[].class)
                .setParameter("ids", flagged.values().stream().map(Post::threadId).distinct().toList()).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Set<Long> personIds = new HashSet<>();
        flags.forEach(f -> personIds.add(f.reporterId()));
        flagged.values().forEach(p -> personIds.add(p.authorId()));
        Map<Long, Person> persons = people.byId(personIds);
        return flags.stream().map(f -> {
            Post p = flagged.get(f.postId());
            return new OpenFlag(f.id(), p.id(), p.threadId(), p.position(), titles.get(p.threadId()),
                    p.deleted() ? "(deleted)" : markdown.excerpt(p.body(), 200),
                    persons.getOrDefault(p.authorId(), People.unknown(p.authorId())),
                    persons.getOrDefault(f.reporterId(), People.unknown(f.reporterId())), f.reason(), f.createdAt());
        }).toList();
    }

    /** DISMISS the flag, or HIDE_POST (hides the post and closes every open flag on it). */
    @Transactional
    public void resolve(Viewer viewer, long flagId, String decision, String reason) {
        access.requireSignedIn(viewer);
        Flag flag = em.find(Flag.class, flagId);
        if (flag == null || !access.maySeeCohort(viewer, flag.cohortId())) throw new NotVisible("flag");
        requireModerator(viewer, flag.cohortId());
        if (!flag.open()) throw new Conflict("This flag was dealt with already.");
        String why = reason(reason);
        String key = decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT);
        Instant now = clock.now();
        Post post = em.find(Post.class, flag.postId());
        switch (key) {
            case "DISMISS" -> {
                flag.resolve(Flag.Resolution.DISMISSED, viewer.accountId(), now);
                log(viewer, flag.cohortId(), Action.DISMISS_FLAG, post.threadId(), post.id(), why);
            }
            case "HIDE_POST" -> {
                post.hide(true);
                searchOutbox.changed(SearchItemType.POST, post.id());
                ForumThread thread = em.find(ForumThread.class, post.threadId());
                if (post.id().equals(thread.answerPostId())) thread.markAnswer(null);
                em.createQuery("select f from Flag f where f.postId = :p and f.resolvedAt is null", Flag.class)
                        .setParameter("p", post.id()).getResultList()
                        .forEach(f -> f.resolve(Flag.Resolution.POST_HIDDEN, viewer.accountId(), now));
                log(viewer, flag.cohortId(), Action.HIDE_POST, post.threadId(), post.id(), why);
            }
            default -> throw Invalid.field("decision", "Decide DISMISS or HIDE_POST.");
        }
    }

    @Transactional
    public List<LogEntry> log(Viewer viewer, long cohortId) {
        access.requireCohortVisible(viewer, cohortId);
        requireModerator(viewer, cohortId);
        List<ModerationEntry> entries = em.createQuery("select e from ModerationEntry e where e.cohortId = :c "
                + "order by e.createdAt desc, e.id desc", ModerationEntry.class).setParameter("c", cohortId)
                .setMaxResults(200).getResultList();
        Map<Long, Person> actors = people.byId(entries.stream().map(ModerationEntry::actorId).distinct().toList());
        return entries.stream().map(e -> new LogEntry(e.id(), e.action().name(),
                actors.getOrDefault(e.actorId(), People.unknown(e.actorId())), e.threadId(), e.postId(), e.reason(),
                e.createdAt())).toList();
    }

    /** A moderator changed someone else's post: that goes into the log too. Joins the caller's transaction. */
    void logChangeOfOthersPost(Viewer viewer, ForumThread thread, Post post, Action action, String reason) {
        log(viewer, thread.cohortId(), action, thread.id(), post.id(),
                reason == null || reason.isBlank() ? "(no reason given)" : reason.strip());
    }

    private void log(Viewer viewer, long cohortId, Action action, Long threadId, Long postId, String reason) {
        em.persist(new ModerationEntry(cohortId, viewer.accountId(), action, threadId, postId, reason, clock.now()));
    }

    private void requireModerator(Viewer viewer, long cohortId) {
        if (!access.mayModerateCohort(viewer, cohortId)) {
            throw new NotAllowed("Only coordinators and the cohort's mentors moderate its boards.");
        }
    }

    private static Action action(String text, Set<Action> allowed) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (key.equals("HIDE") || key.equals("UNHIDE")) {
            key = key + (allowed.contains(Action.HIDE_POST) ? "_POST" : "_THREAD");
        }
        String finalKey = key;
        return Arrays.stream(Action.values()).filter(a -> a.name().equals(finalKey) && allowed.contains(a)).findFirst()
                .orElseThrow(() -> Invalid.field("action", "Use one of " + allowed.stream().map(Enum::name).sorted().toList() + "."));
    }

    private static String reason(String reason) {
        new Invalid.Collector()
                .check(reason != null && !reason.isBlank(), "reason", "Say why: the reason goes into the moderation log.")
                .check(reason == null || reason.length() <= REASON_MAX, "reason", "Keep the reason under " + REASON_MAX + " characters.")
                .throwIfAny();
        return reason.strip();
    }
}
