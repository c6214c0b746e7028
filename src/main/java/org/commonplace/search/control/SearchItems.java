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
import org.commonplace.search.entity.SearchItemType;

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

    /** The items the viewer may still see, and the names of the cohorts asked about (only those). */
    public record Checked(Map<ItemRef, Item> items, Map<Long, String> cohortNames) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;

    /**
     * The items of {@code refs} the viewer may still see, with the names of their cohorts and of the
     * cohorts in {@code alsoNamed} (a search's cohort facet: ids that came out of a visibility-filtered
     * search), read in one statement because a search needs both.
     */
    @Transactional
    public Checked visible(Viewer viewer, Collection<ItemRef> refs, Collection<Long> alsoNamed) {
        List<LibraryResource> resources = load(LibraryResource.class, ids(refs, SearchItemType.RESOURCE));
        List<Post> posts = load(Post.class, ids(refs, SearchItemType.POST));
        List<Long> threadIds = new java.util.ArrayList<>(ids(refs, SearchItemType.THREAD));
        posts.forEach(p -> threadIds.add(p.threadId()));
        Map<Long, ForumThread> threads = load(ForumThread.class, threadIds.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ForumThread::id, Function.identity()));
        java.util.Set<Long> cohortIds = new java.util.HashSet<>();
        resources.stream().map(LibraryResource::cohortId).filter(java.util.Objects::nonNull).forEach(cohortIds::add);
        threads.values().forEach(t -> cohortIds.add(t.cohortId()));
        cohortIds.addAll(alsoNamed);
        Map<Long, String> cohortNames = cohortNames(cohortIds);

        Map<ItemRef, Item> items = new HashMap<>();
        for (LibraryResource r : resources) {
            if (!access.maySeeResource(viewer, r.published(), r.cohortId(), r.authorId())) continue;
            items.put(new ItemRef(SearchItemType.RESOURCE, r.id()), new Item(r.title(), "/library/" + r.id(),
                    r.cohortId() == null ? "Library" : "Library · " + cohortNames.get(r.cohortId()), r.updatedAt()));
        }
        for (Long id : ids(refs, SearchItemType.THREAD)) {
            ForumThread t = threads.get(id);
            if (t == null || t.hidden() || !access.maySeeCohort(viewer, t.cohortId())) continue;
            items.put(new ItemRef(SearchItemType.THREAD, id), new Item(t.title(), "/threads/" + id, cohortNames.get(t.cohortId()),
                    t.createdAt()));
        }
        for (Post p : posts) {
            ForumThread t = threads.get(p.threadId());
            if (t == null || t.hidden() || p.hidden() || p.deleted() || !access.maySeeCohort(viewer, t.cohortId())) continue;
            int page = (p.position() - 1) / Threads.POSTS_PER_PAGE + 1;
            items.put(new ItemRef(SearchItemType.POST, p.id()), new Item("Re: " + t.title(),
                    "/threads/" + t.id() + "?page=" + page + "#post-" + p.position(), cohortNames.get(t.cohortId()),
                    p.createdAt()));
        }
        for (SearchableItems feature : features) {
            for (SearchItemType type : feature.types()) {
                List<Long> ids = ids(refs, type);
                if (!ids.isEmpty()) feature.visible(viewer, type, ids).forEach((id, item) -> items.put(new ItemRef(type, id), item));
            }
        }
        for (org.commonplace.blog.entity.BlogPost b : load(org.commonplace.blog.entity.BlogPost.class, ids(refs, SearchItemType.BLOG_POST))) {
            if (!b.published()) continue; // only published posts are public (and indexed)
            items.put(new ItemRef(SearchItemType.BLOG_POST, b.id()), new Item(b.title(), "/blog/" + b.slug(), "Blog", b.publishedAt()));
        }
        Map<Long, String> asked = new HashMap<>(cohortNames);
        asked.keySet().retainAll(new java.util.HashSet<>(alsoNamed)); // not the names of items the viewer may not see
        return new Checked(items, asked);
    }

    @Inject jakarta.enterprise.inject.Instance<SearchableItems> features;

    private Map<Long, String> cohortNames(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select c.id, c.name from Cohort c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    private <T> List<T> load(Class<T> type, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids).getResultList();
    }

    private static List<Long> ids(Collection<ItemRef> refs, SearchItemType type) {
        return refs.stream().filter(r -> r.type() == type).map(ItemRef::id).toList();
    }
}
