package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.Account;
import org.commonplace.library.entity.LibraryResource;
import org.commonplace.library.entity.ResourceRevision;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Editing a resource, keeping each earlier version as a revision, and reading that history. Who
 * may see a resource may see its history; its author and coordinators edit it.
 */
@ApplicationScoped
public class ResourceEdits {
    public static final int REASON_MAX = 500;

    /**
     * An edit. {@code version} is the one the editor started from (from {@code GET}); when the
     * resource has changed since, the edit is refused with 409 instead of overwriting that change.
     */
    public record Change(String title, String summary, String body, String url, List<String> tags, String type,
                         String language, Long version, String reason) { }

    /** One earlier version: the resource as it was before the edit made by {@code editedBy} at {@code editedAt}. */
    public record Revision(long id, long resourceId, String title, String summary, String body, String bodyHtml, String url,
                           String type, String language, List<String> tags, String editedBy, Instant editedAt, String reason) { }

    /** The revisions of a resource, newest first, without their bodies. */
    public record RevisionSummary(long id, String title, String editedBy, Instant editedAt, String reason) { }

    public record History(long resourceId, String title, long version, List<RevisionSummary> revisions) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Library library;
    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;

    @Transactional
    public void edit(Viewer viewer, long id, Change change) {
        LibraryResource resource = library.changeable(viewer, id);
        Invalid.Collector errors = new Invalid.Collector();
        ResourceInput.Content content = ResourceInput.check(errors, change.title(), change.summary(), change.body(),
                change.url(), change.type(), change.language(), change.tags());
        errors.check(change.version() != null, "version", "Send the version you edited (from the resource as you read it).")
                .check(change.reason() == null || change.reason().length() <= REASON_MAX, "reason", "Keep the reason under 500 characters.");
        errors.throwIfAny();
        if (change.version() != resource.version()) {
            throw new Conflict("Someone changed this resource after you opened it. Reload it, then make your change again.");
        }
        String reason = change.reason() == null || change.reason().isBlank() ? null : change.reason().strip();
        em.persist(new ResourceRevision(resource, viewer.accountId(), clock.now(), reason));
        resource.edit(content.title(), content.summary(), content.body(), content.url(), content.type(), content.language(),
                content.tags(), clock.now());
        try {
            em.flush(); // the database's version check (a concurrent edit) happens here, inside the use case
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new Conflict("Someone changed this resource after you opened it. Reload it, then make your change again.");
        }
        searchOutbox.changed(SearchItemType.RESOURCE, id);
    }

    @Transactional
    public History history(Viewer viewer, long id) {
        LibraryResource resource = library.visible(viewer, id);
        List<ResourceRevision> revisions = em.createQuery("select v from ResourceRevision v where v.resourceId = :r"
                + " order by v.editedAt desc, v.id desc", ResourceRevision.class).setParameter("r", id).getResultList();
        Map<Long, String> names = names(revisions.stream().map(ResourceRevision::editedBy).distinct().toList());
        return new History(id, resource.title(), resource.version(), revisions.stream()
                .map(v -> new RevisionSummary(v.id(), v.title(), names.getOrDefault(v.editedBy(), "former member"),
                        v.editedAt(), v.reason())).toList());
    }

    @Transactional
    public Revision revision(Viewer viewer, long id, long revisionId) {
        library.visible(viewer, id);
        ResourceRevision v = em.find(ResourceRevision.class, revisionId);
        if (v == null || v.resourceId() != id) throw new NotVisible("revision");
        return new Revision(v.id(), id, v.title(), v.summary(), v.body(), markdown.toHtml(v.body()), v.url(), v.type().name(),
                v.language(), v.tags(), names(List.of(v.editedBy())).getOrDefault(v.editedBy(), "former member"),
                v.editedAt(), v.reason());
    }

    private Map<Long, String> names(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
