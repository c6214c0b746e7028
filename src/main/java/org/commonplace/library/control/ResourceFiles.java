package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.library.entity.LibraryResource;
import org.commonplace.library.entity.ResourceFile;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The files of a resource: who may see them is who may see the resource; the author and
 * coordinators add and remove them. Every change is recorded in the search outbox, since the
 * resource's search document includes its files' text.
 */
@ApplicationScoped
public class ResourceFiles {
    /** A file as lists show it. {@code textStatus}: PENDING, EXTRACTED, TRUNCATED or FAILED. */
    public record FileSummary(long id, String name, long size, String type, String sha256, String downloadUrl,
                              String textStatus, Instant uploadedAt) { }

    /** What a download needs. */
    public record Download(Path file, String name, String mediaType, long size, String sha256) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Library library;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;
    @Inject Event<FileStore.Removed> removed;
    @Inject FileStore store;

    /** The files of a resource the caller has already checked; joins the caller's transaction. */
    public List<FileSummary> of(long resourceId) {
        return em.createQuery("select f.id, f.fileName, f.sizeBytes, f.mediaType, f.sha256, f.textStatus, f.uploadedAt"
                        + " from ResourceFile f where f.resourceId = :r order by f.uploadedAt, f.id", Object[].class)
                .setParameter("r", resourceId).getResultStream()
                .map(row -> new FileSummary((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (String) row[4],
                        "/api/v1/resources/" + resourceId + "/files/" + row[0], row[5].toString(), (Instant) row[6]))
                .toList();
    }

    @Transactional
    public List<FileSummary> visibleOf(Viewer viewer, long resourceId) {
        library.visible(viewer, resourceId);
        return of(resourceId);
    }

    /** 401, 404 or 403 before an upload is read any further. */
    @Transactional
    public void requireMayChange(Viewer viewer, long resourceId) {
        library.changeable(viewer, resourceId);
    }

    /** Records a file already kept on disk (the permission is checked again, in this transaction). */
    @Transactional
    public FileSummary attach(Viewer viewer, long resourceId, String name, String mediaType, FileStore.Received received,
                              String storedName) {
        LibraryResource resource = library.changeable(viewer, resourceId);
        ResourceFile file = new ResourceFile(resourceId, name, mediaType, received.size(), received.sha256(), storedName,
                viewer.accountId(), clock.now());
        em.persist(file);
        resource.touched(clock.now());
        em.flush();
        searchOutbox.changed(SearchItemType.RESOURCE, resourceId);
        return of(resourceId).stream().filter(f -> f.id() == file.id()).findFirst().orElseThrow();
    }

    /** Stores the extracted text, or notes that there is none; either way search hears of it. */
    @Transactional
    public void textFound(long fileId, Optional<TextExtraction.Text> text) {
        ResourceFile file = em.find(ResourceFile.class, fileId);
        if (file == null) return; // removed meanwhile
        text.ifPresentOrElse(t -> file.textExtracted(t.text(), t.truncated()), file::textFailed);
        searchOutbox.changed(SearchItemType.RESOURCE, file.resourceId());
    }

    @Transactional
    public Download download(Viewer viewer, long resourceId, long fileId) {
        library.visible(viewer, resourceId);
        ResourceFile f = fileOf(resourceId, fileId);
        return new Download(store.pathOf(f.storedName()), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256());
    }

    /** The extracted text of a file the viewer may see (empty when none could be extracted). */
    @Transactional
    public String text(Viewer viewer, long resourceId, long fileId) {
        library.visible(viewer, resourceId);
        String text = fileOf(resourceId, fileId).extractedText();
        return text == null ? "" : text;
    }

    @Transactional
    public void remove(Viewer viewer, long resourceId, long fileId) {
        LibraryResource resource = library.changeable(viewer, resourceId);
        ResourceFile file = fileOf(resourceId, fileId);
        em.remove(file);
        resource.touched(clock.now());
        searchOutbox.changed(SearchItemType.RESOURCE, resourceId);
        removed.fire(new FileStore.Removed(file.storedName()));
    }

    /**
     * The extracted text of the files of each resource, joined per resource, for the search
     * indexer (which reloads resources by id and must not parse files). One query for the lot;
     * joins the caller's transaction.
     */
    public java.util.Map<Long, String> extractedTexts(java.util.Collection<Long> resourceIds) {
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        em.createQuery("select f.resourceId, f.extractedText from ResourceFile f where f.resourceId in :ids"
                        + " and f.extractedText is not null order by f.id", Object[].class)
                .setParameter("ids", List.copyOf(resourceIds)).getResultStream()
                .forEach(row -> texts.merge((Long) row[0], (String) row[1], (a, b) -> a + "\n\n" + b));
        return texts;
    }

    private ResourceFile fileOf(long resourceId, long fileId) {
        ResourceFile f = em.find(ResourceFile.class, fileId);
        if (f == null || f.resourceId() != resourceId) throw new NotVisible("file");
        return f;
    }
}
