package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.forum.entity.Board;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Watch;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.time.AppClock;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Watch, track or mute a thread or a board. Starting or answering a thread watches it, unless the
 * member chose otherwise before.
 */
@ApplicationScoped
public class Watching {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Threads threads;
    @Inject Boards boards;
    @Inject AppClock clock;

    @Transactional
    public Watch.Level watchThread(Viewer viewer, long threadId, String level) {
        ForumThread thread = threads.visible(viewer, threadId);
        Watch.Level chosen = level(level);
        thread(viewer.accountId(), thread.id()).ifPresentOrElse(w -> w.change(chosen),
                () -> em.persist(Watch.ofThread(viewer.accountId(), thread.id(), chosen, clock.now())));
        return chosen;
    }

    @Transactional
    public Watch.Level watchBoard(Viewer viewer, long boardId, String level) {
        Board board = boards.visible(viewer, boardId);
        Watch.Level chosen = level(level);
        Optional<Watch> existing = em.createQuery("select w from Watch w where w.accountId = :a and w.boardId = :b", Watch.class)
                .setParameter("a", viewer.accountId()).setParameter("b", board.id()).getResultStream().findFirst();
        existing.ifPresentOrElse(w -> w.change(chosen),
                () -> em.persist(Watch.ofBoard(viewer.accountId(), board.id(), chosen, clock.now())));
        return chosen;
    }

    @Transactional
    public Watch.Level boardLevel(Viewer viewer, long boardId) {
        boards.visible(viewer, boardId);
        return levelOfBoard(viewer, boardId);
    }

    /** The viewer's level for the thread; TRACK when never chosen. */
    Watch.Level levelOfThread(Viewer viewer, long threadId) {
        return thread(viewer.accountId(), threadId).map(Watch::level).orElse(Watch.Level.TRACK);
    }

    Watch.Level levelOfBoard(Viewer viewer, long boardId) {
        return em.createQuery("select w.level from Watch w where w.accountId = :a and w.boardId = :b", Watch.Level.class)
                .setParameter("a", viewer.accountId()).setParameter("b", boardId).getResultStream().findFirst()
                .orElse(Watch.Level.TRACK);
    }

    /** Joins the caller's transaction: whoever writes in a thread follows it, unless they chose a level before. */
    void autoWatch(long accountId, long threadId) {
        if (thread(accountId, threadId).isEmpty()) em.persist(Watch.ofThread(accountId, threadId, Watch.Level.WATCH, clock.now()));
    }

    /** Everybody's explicit level for the thread. */
    Map<Long, Watch.Level> levelsOfThread(long threadId) {
        return em.createQuery("select w from Watch w where w.threadId = :t", Watch.class).setParameter("t", threadId)
                .getResultStream().collect(Collectors.toMap(Watch::accountId, Watch::level));
    }

    java.util.Set<Long> boardMuters(long boardId) {
        return new java.util.HashSet<>(em.createQuery("select w.accountId from Watch w where w.boardId = :b and w.level = :l", Long.class)
                .setParameter("b", boardId).setParameter("l", Watch.Level.MUTE).getResultList());
    }

    List<Long> boardWatchers(long boardId) {
        return em.createQuery("select w.accountId from Watch w where w.boardId = :b and w.level = :l", Long.class)
                .setParameter("b", boardId).setParameter("l", Watch.Level.WATCH).getResultList();
    }

    private Optional<Watch> thread(long accountId, long threadId) {
        return em.createQuery("select w from Watch w where w.accountId = :a and w.threadId = :t", Watch.class)
                .setParameter("a", accountId).setParameter("t", threadId).getResultStream().findFirst();
    }

    private static Watch.Level level(String text) {
        return Arrays.stream(Watch.Level.values())
                .filter(l -> l.name().equals(text == null ? "" : text.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> Invalid.field("level", "Choose WATCH, TRACK or MUTE."));
    }
}
