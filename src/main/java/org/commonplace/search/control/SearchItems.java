package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.forum.control.Threads;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Post;
import org.commonplace.library.entity.LibraryResource;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The last check before results leave: the page's items are read from the database and each is
 * checked with Access, as its own page would. An item the index still shows but the viewer may
 * no longer see (changed a moment ago, not yet applied) is dropped. Titles and links come from
 * here too, so they are always current.
 */
@ApplicationScoped
public class SearchItems {
    public record Item(String title, String url, String context, Instant date) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;

    @Transactional
    public Map<ItemRef, Item> visible(Viewer viewer, Collection<ItemRef> refs) {
        Map<ItemRef, Item> items = new HashMap<>();
        List<Long> resourceIds = ids(refs, org.commonplace.search.entity.SearchItemType.RESOURCE);
        List<Long> threadIds = ids(refs, org.commonplace.search.entity.SearchItemType.THREAD);
        List<Long> postIds = ids(refs, org.commonplace.search.entity.SearchItemType.POST);
        Map<Long, String> cohortNames = new HashMap<>();
        if (!resourceIds.isEmpty()) {
            for (LibraryResource r : em.createQuery("select r from LibraryResource r where r.id in :ids", LibraryResource.class)
                    .setParameter("ids", resourceIds).getResultList()) {
                if (!access.maySeeResource(viewer, r.published(), r.cohortId(), r.authorId())) continue;
                items.put(new ItemRef(org.commonplace.search.entity.SearchItemType.RESOURCE, r.id()), new Item(r.title(),
                        "/library/" + r.id(), r.cohortId() == null ? "Library" : "Library · " + cohortName(cohortNames, r.cohortId()),
                        r.updatedAt()));
            }
        }
        Map<Long, Post> posts = postIds.isEmpty() ? Map.of()
                : em.createQuery("select p from Post p where p.id in :ids", Post.class).setParameter("ids", postIds)
                .getResultStream().collect(Collectors.toMap(Post::id, Function.identity()));
        List<Long> allThreadIds = new java.util.ArrayList<>(threadIds);
        posts.values().forEach(p -> allThreadIds.add(p.threadId()));
        Map<Long, ForumThread> threads = allThreadIds.isEmpty() ? Map.of()
                : em.createQuery("select t from ForumThread t where t.id in :ids", ForumThread.class)
                .setParameter("ids", allThreadIds.stream().distinct().toList()).getResultStream()
                .collect(Collectors.toMap(ForumThread::id, Function.identity()));
        for (Long id : threadIds) {
            ForumThread t = threads.get(id);
            if (t == null || t.hidden() || !access.maySeeCohort(viewer, t.cohortId())) continue;
            items.put(new ItemRef(org.commonplace.search.entity.SearchItemType.THREAD, id),
                    new Item(t.title(), "/threads/" + id, cohortName(cohortNames, t.cohortId()), t.createdAt()));
        }
        for (Post p : posts.values()) {
            ForumThread t = threads.get(p.threadId());
            if (t == null || t.hidden() || p.hidden() || p.deleted() || !access.maySeeCohort(viewer, t.cohortId())) continue;
            int page = (p.position() - 1) / Threads.POSTS_PER_PAGE + 1;
            items.put(new ItemRef(org.commonplace.search.entity.SearchItemType.POST, p.id()), new Item("Re: " + t.title(),
                    "/threads/" + t.id() + "?page=" + page + "#post-" + p.position(), cohortName(cohortNames, t.cohortId()),
                    p.createdAt()));
        }
        return items;
    }

    /** Names of cohorts, for facet labels (only ids that came out of a visibility-filtered search). */
    @Transactional
    public Map<Long, String> cohortNames(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select c.id, c.name from Cohort c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    private String cohortName(Map<Long, String> cache, long cohortId) {
        return cache.computeIfAbsent(cohortId, id -> cohortNames(List.of(id)).getOrDefault(id, "Cohort"));
    }

    private static List<Long> ids(Collection<ItemRef> refs, org.commonplace.search.entity.SearchItemType type) {
        return refs.stream().filter(r -> r.type() == type).map(ItemRef::id).toList();
    }
}
