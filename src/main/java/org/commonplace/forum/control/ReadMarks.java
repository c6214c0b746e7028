package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Viewer;
import org.commonplace.forum.entity.ReadMark;
import org.commonplace.platform.time.AppClock;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Unread tracking: how far each member has read each thread. Joins the caller's transaction. */
@ApplicationScoped
public class ReadMarks {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject AppClock clock;

    /** The member has seen the thread up to this post. */
    void seen(Viewer viewer, long threadId, int position) {
        if (!viewer.signedIn() || position < 1) return;
        ReadMark mark = em.find(ReadMark.class, new ReadMark.Key(viewer.accountId(), threadId));
        if (mark == null) em.persist(new ReadMark(viewer.accountId(), threadId, position, clock.now()));
        else mark.readUpTo(position, clock.now());
    }

    /** The last read position of each thread the member has opened (absent: never opened). */
    Map<Long, Integer> of(Viewer viewer, Collection<Long> threadIds) {
        if (!viewer.signedIn() || threadIds.isEmpty()) return Map.of();
        return em.createQuery("select r from ReadMark r where r.accountId = :a and r.threadId in :ids", ReadMark.class)
                .setParameter("a", viewer.accountId()).setParameter("ids", threadIds).getResultStream()
                .collect(Collectors.toMap(ReadMark::threadId, ReadMark::lastPosition));
    }

    int lastRead(Viewer viewer, long threadId) {
        ReadMark mark = em.find(ReadMark.class, new ReadMark.Key(viewer.accountId(), threadId));
        return mark == null ? 0 : mark.lastPosition();
    }
}
