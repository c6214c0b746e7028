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
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.forum.control.ForumViews.*;
import org.commonplace.forum.entity.Board;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.PainPointStatus;
import org.commonplace.forum.entity.Post;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Threads of a board: list them, start one, read one page of posts, change a pain point's status. */
@ApplicationScoped
public class Threads {
    public static final int POSTS_PER_PAGE = 50;
    public static final int MAX_POSTS_PER_PAGE = 200;

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Boards boards;
    @Inject People people;
    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;
    @Inject PainPoints painPoints;
    @Inject Reactions reactions;
    @Inject ReadMarks readMarks;
    @Inject PostingLimits postingLimits;
    @Inject jakarta.enterprise.inject.Instance<ForumNotifications> notifications;
    @Inject jakarta.enterprise.inject.Instance<Watching> watching;

    public record NewThread(String title, String body, String kind, List<String> tags) { }

    /** Newest activity first, pinned threads on top. */
    @Transactional
    public Page<ThreadSummary> of(Viewer viewer, long boardId, int page, int size) {
        Board board = boards.visible(viewer, boardId);
        // moderators also see hidden threads, marked, so that they can bring them back
        String hidden = access.mayModerateCohort(viewer, board.cohortId()) ? "" : " and t.hidden = false";
        long total = em.createQuery("select count(t) from ForumThread t where t.boardId = :b" + hidden, Long.class)
                .setParameter("b", board.id()).getSingleResult();
        List<ForumThread> threads = em.createQuery("select t from ForumThread t where t.boardId = :b" + hidden
                        + " order by t.pinned desc, t.lastActivityAt desc, t.id desc", ForumThread.class)
                .setParameter("b", board.id())
                .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN")
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(summaries(viewer, threads), page, size, total);
    }

    @Transactional
    public long start(Viewer viewer, long boardId, NewThread input) {
        Board board = boards.visible(viewer, boardId);
        Invalid.Collector errors = new Invalid.Collector();
        ForumInput.checkTitle(errors, input.title());
        ForumInput.checkBody(errors, input.body());
        var kind = ForumInput.kind(input.kind());
        if (kind.isEmpty()) errors.add("kind", "A thread is a DISCUSSION or a PAIN_POINT.");
        Set<String> tags = ForumInput.tags(errors, input.tags());
        errors.throwIfAny();
        postingLimits.check(viewer);

        var now = clock.now();
        ForumThread thread = new ForumThread(board, input.title().strip(), kind.get(), viewer.accountId(), tags, now);
        em.persist(thread);
        em.flush();
        Post opening = new Post(thread.id(), thread.addPost(now), viewer.accountId(), input.body(), null, now);
        em.persist(opening);
        em.flush();
        searchOutbox.changed(SearchItemType.THREAD, thread.id());
        notifications.get().postCreated(viewer, thread, opening, true);
        return thread.id();
    }

    /** One page of a thread; the page of a post is (position - 1) / size + 1. */
    @Transactional
    public ThreadDetail show(Viewer viewer, long threadId, int page, int size) {
        ForumThread thread = visible(viewer, threadId);
        Board board = em.find(Board.class, thread.boardId());
        Cohort cohort = em.find(Cohort.class, thread.cohortId());
        // hidden posts keep their place (as deleted ones do), so positions and pages stay right
        List<Post> posts = em.createQuery("select p from Post p where p.threadId = :t order by p.position", Post.class)
                .setParameter("t", threadId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = thread.postCount();

        Set<Long> replyIds = posts.stream().map(Post::replyToId).filter(id -> id != null).collect(Collectors.toSet());
        Map<Long, Post> replied = replyIds.isEmpty() ? Map.of()
                : em.createQuery("select p from Post p where p.id in :ids", Post.class).setParameter("ids", replyIds)
                .getResultStream().collect(Collectors.toMap(Post::id, Function.identity()));
        Set<Long> authorIds = new HashSet<>();
        posts.forEach(p -> authorIds.add(p.authorId()));
        replied.values().forEach(p -> authorIds.add(p.authorId()));
        authorIds.add(thread.authorId());
        Map<Long, Person> authors = people.byId(authorIds);

        Map<Long, Reactions.Counts> reactionCounts = reactions.of(viewer, posts.stream().map(Post::id).toList());
        boolean moderator = access.mayModerateCohort(viewer, thread.cohortId());
        List<PostView> views = posts.stream()
                .map(p -> postView(viewer, thread, moderator, p, p.replyToId() == null ? null : replied.get(p.replyToId()), authors,
                        reactionCounts.getOrDefault(p.id(), Reactions.Counts.NONE))).toList();
        var endorsements = painPoints.endorsements(viewer, thread);
        int lastRead = readMarks.lastRead(viewer, threadId);
        ThreadSummary summary = summary(thread, authors, endorsements.organisations(), lastRead == 0 ? null : lastRead);
        posts.stream().mapToInt(Post::position).max().ifPresent(last -> readMarks.seen(viewer, threadId, last));
        Integer answerPosition = thread.answerPostId() == null ? null
                : em.createQuery("select p.position from Post p where p.id = :id", Integer.class)
                .setParameter("id", thread.answerPostId()).getSingleResult();
        return new ThreadDetail(summary, Boards.view(board, 0, null), cohort.name(), new Page<>(views, page, size, total),
                endorsements.endorsedByMe(), thread.isPainPoint() && viewer.isPartner() && viewer.organisationId() != null,
                thread.isPainPoint() && mayChangeStatus(viewer, thread), answerPosition,
                thread.authorId() == viewer.accountId() || moderator, moderator,
                watching.get().levelOfThread(viewer, threadId).name());
    }

    @Transactional
    public void changeStatus(Viewer viewer, long threadId, String statusText) {
        visible(viewer, threadId);
        ForumThread thread = em.find(ForumThread.class, threadId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!thread.isPainPoint()) throw Invalid.field("status", "Only pain points have a status.");
        PainPointStatus status = ForumInput.status(statusText).orElseThrow(() ->
                Invalid.field("status", "Use open, being worked on, workaround found or solved."));
        if (!mayChangeStatus(viewer, thread)) {
            throw new NotAllowed("The person who raised the pain point, the cohort's mentors and coordinators change its status.");
        }
        thread.changeStatus(status);
        thread.touch(clock.now());
    }

    @Transactional
    public BoardView boardOf(Viewer viewer, long boardId) {
        return Boards.view(boards.visible(viewer, boardId), 0, null);
    }

    /** The thread if the viewer may see it (member of its cohort, or coordinator); "not found" otherwise. */
    ForumThread visible(Viewer viewer, long threadId) {
        access.requireSignedIn(viewer);
        ForumThread thread = em.find(ForumThread.class, threadId);
        if (thread == null || !access.maySeeCohort(viewer, thread.cohortId())) throw new NotVisible("thread");
        if (thread.hidden() && !access.mayModerateCohort(viewer, thread.cohortId())) throw new NotVisible("thread");
        return thread;
    }

    private static boolean mayChangeStatus(Viewer viewer, ForumThread thread) {
        return viewer.isCoordinator() || viewer.isMentor() || thread.authorId() == viewer.accountId();
    }

    List<ThreadSummary> summaries(Viewer viewer, List<ForumThread> threads) {
        Map<Long, Person> authors = people.byId(threads.stream().map(ForumThread::authorId).collect(Collectors.toSet()));
        Map<Long, Long> affected = painPoints.organisationsAffected(threads.stream()
                .filter(ForumThread::isPainPoint).map(ForumThread::id).toList());
        Map<Long, Integer> read = readMarks.of(viewer, threads.stream().map(ForumThread::id).toList());
        return threads.stream().map(t -> summary(t, authors, affected.getOrDefault(t.id(), 0L), read.get(t.id()))).toList();
    }

    /** @param lastRead the viewer's last read position, null if they never opened the thread */
    static ThreadSummary summary(ForumThread t, Map<Long, Person> authors, long affected, Integer lastRead) {
        return new ThreadSummary(t.id(), t.boardId(), t.cohortId(), t.title(), t.kind().name(),
                t.status() == null ? null : t.status().name(), t.tags().stream().sorted().toList(),
                authors.getOrDefault(t.authorId(), People.unknown(t.authorId())), t.createdAt(), t.lastActivityAt(),
                Math.max(0, t.postCount() - 1), affected, t.pinned(), t.locked(),
                lastRead == null, lastRead == null ? 0 : Math.max(0, t.postCount() - lastRead), t.hidden());
    }

    /** What a library draft is made from: a solved pain point's problem and solution. */
    public record SolvedPainPoint(long threadId, long cohortId, String title, List<String> tags, String problem, String solution) { }

    /** The solved pain point, for the cohort's mentors and coordinators to write up; a problem otherwise. */
    @Transactional
    public SolvedPainPoint solvedPainPoint(Viewer viewer, long threadId) {
        ForumThread thread = visible(viewer, threadId);
        if (!thread.isPainPoint()) throw new org.commonplace.platform.problem.Conflict("Only a pain point can become a library resource.");
        if (thread.status() != org.commonplace.forum.entity.PainPointStatus.SOLVED) {
            throw new org.commonplace.platform.problem.Conflict("Mark the pain point as solved first.");
        }
        if (!access.mayModerateCohort(viewer, thread.cohortId())) {
            throw new org.commonplace.platform.problem.NotAllowed("The cohort's mentors and coordinators write up solved pain points.");
        }
        Post opening = em.createQuery("select p from Post p where p.threadId = :t and p.position = 1", Post.class)
                .setParameter("t", threadId).getSingleResult();
        Post answer = thread.answerPostId() == null ? null : em.find(Post.class, thread.answerPostId());
        return new SolvedPainPoint(thread.id(), thread.cohortId(), thread.title(), thread.tags().stream().sorted().toList(),
                opening.deleted() || opening.hidden() ? "" : opening.body(),
                answer == null || answer.deleted() || answer.hidden() ? null : answer.body());
    }

    /** The threads with the latest activity in every cohort the viewer can see: the member's home page. */
    @Transactional
    public List<ThreadSummary> recentActivity(Viewer viewer, int max) {
        access.requireSignedIn(viewer);
        if (!viewer.isCoordinator() && viewer.cohortIds().isEmpty()) return List.of();
        String cohorts = viewer.isCoordinator() ? "" : " and t.cohortId in :cohorts";
        var query = em.createQuery("select t from ForumThread t where t.hidden = false" + cohorts
                        + " order by t.lastActivityAt desc, t.id desc", ForumThread.class)
                .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch.type", "IN").setMaxResults(max);
        if (!viewer.isCoordinator()) query.setParameter("cohorts", viewer.cohortIds());
        return summaries(viewer, query.getResultList());
    }

    /** The page and position of the first post the viewer has not read (the last post if all are read). */
    @Transactional
    public int firstUnreadPosition(Viewer viewer, long threadId) {
        ForumThread thread = visible(viewer, threadId);
        return Math.min(thread.postCount(), readMarks.lastRead(viewer, threadId) + 1);
    }

    PostView postView(Viewer viewer, ForumThread thread, boolean moderator, Post p, Post replyTo, Map<Long, Person> authors,
                      Reactions.Counts reactionCounts) {
        Person author = authors.getOrDefault(p.authorId(), People.unknown(p.authorId()));
        ReplyTo reply = replyTo == null ? null : new ReplyTo(replyTo.id(), replyTo.position(),
                authors.getOrDefault(replyTo.authorId(), People.unknown(replyTo.authorId())).displayName(),
                replyTo.deleted() || replyTo.hidden() && !moderator ? "(removed)" : markdown.excerpt(replyTo.body(), 160));
        boolean answer = p.id().equals(thread.answerPostId());
        if (p.deleted() || p.hidden() && !moderator) {
            return new PostView(p.id(), p.position(), author, "", "", reply, p.createdAt(), p.editedAt(), p.deleted(), false,
                    false, Reactions.Counts.NONE, p.hidden());
        }
        boolean mayChange = (p.authorId() == viewer.accountId() && !thread.locked()) || moderator;
        return new PostView(p.id(), p.position(), author, p.body(), markdown.toHtml(p.body()), reply,
                p.createdAt(), p.editedAt(), false, mayChange, answer, reactionCounts, p.hidden());
    }
}
