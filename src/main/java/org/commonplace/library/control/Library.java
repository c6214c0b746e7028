package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.forum.control.ForumInput;
import org.commonplace.identity.entity.Account;
import org.commonplace.library.entity.LibraryResource;
import org.commonplace.library.entity.LibraryResource.Type;
import org.commonplace.library.entity.LibraryResource.Visibility;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The resource library: list what the viewer may see (visibility is part of the query, never a
 * filter after paging), read one, add one, publish a draft.
 */
@ApplicationScoped
public class Library {
    public static final int TITLE_MAX = ResourceInput.TITLE_MAX;
    public static final int SUMMARY_MAX = ResourceInput.SUMMARY_MAX;
    public static final int BODY_MAX = ResourceInput.BODY_MAX;

    public record NewResource(String title, String summary, String body, String url, List<String> tags, String type,
                              String language, String visibility, Long cohortId, Boolean draft) { }

    public record Summary(long id, String title, String summary, String type, String language, String visibility,
                          Long cohortId, String cohortName, List<String> tags, String status, Instant updatedAt) { }

    /**
     * One resource. {@code version} is what an edit sends back (a stale one answers 409);
     * {@code mayEdit}: the author and coordinators edit it and add or remove its files.
     */
    public record Detail(Summary resource, String body, String bodyHtml, String url, String author, Long sourceThreadId,
                         boolean mayPublish, boolean mayEdit, long version, List<ResourceFiles.FileSummary> files) { }

    /** A public, published resource page for the sitemap. */
    public record PublicPage(long id, Instant updatedAt) { }

    public record Page(List<Summary> items, int page, int size, long total) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;
    @Inject ResourceFiles files;

    @Transactional
    public Page visibleTo(Viewer viewer, String tag, String type, String language, int page, int size) {
        Type typeFilter = type == null || type.isBlank() ? null : type(type);
        String languageFilter = language == null || language.isBlank() ? null : ResourceInput.languageFilter(language);
        StringBuilder where = new StringBuilder(" where (" + visibilityClause(viewer) + ")");
        if (tag != null && !tag.isBlank()) where.append(" and :tag member of r.tags");
        if (typeFilter != null) where.append(" and r.type = :type");
        if (languageFilter != null) where.append(" and r.language = :language");
        TypedQuery<Long> count = em.createQuery("select count(r) from LibraryResource r" + where, Long.class);
        TypedQuery<LibraryResource> query = em.createQuery("select r from LibraryResource r" + where
                + " order by r.updatedAt desc, r.id desc", LibraryResource.class)
                .setHint("eclipselink.batch", "r.tags").setHint("eclipselink.batch.type", "IN");
        for (TypedQuery<?> q : List.of(count, query)) {
            bindVisibility(q, viewer);
            if (tag != null && !tag.isBlank()) q.setParameter("tag", ForumInput.normalTag(tag));
            if (typeFilter != null) q.setParameter("type", typeFilter);
            if (languageFilter != null) q.setParameter("language", languageFilter);
        }
        List<LibraryResource> resources = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page(summaries(resources), page, size, count.getSingleResult());
    }

    @Transactional
    public Detail one(Viewer viewer, long id) {
        LibraryResource r = visible(viewer, id);
        Account author = em.find(Account.class, r.authorId());
        boolean mayChange = mayChange(viewer, r);
        return new Detail(summaries(List.of(r)).get(0), r.body(), markdown.toHtml(r.body()), r.url(),
                author == null ? "former member" : author.displayName(), r.sourceThreadId(),
                !r.published() && mayChange, mayChange, r.version(), files.of(id));
    }

    /** The languages of the resources the viewer may see, for the filter links. */
    @Transactional
    public List<String> languagesVisibleTo(Viewer viewer) {
        TypedQuery<String> query = em.createQuery("select distinct r.language from LibraryResource r where ("
                + visibilityClause(viewer) + ") order by r.language", String.class);
        bindVisibility(query, viewer);
        return query.getResultList();
    }

    /** Every public, published resource: what the sitemap lists (never a cohort resource or a draft). */
    @Transactional
    public List<PublicPage> publicPages() {
        return em.createQuery("select r.id, r.updatedAt from LibraryResource r where r.status = :published"
                        + " and r.visibility = :public order by r.id", Object[].class)
                .setParameter("published", LibraryResource.Status.PUBLISHED).setParameter("public", Visibility.PUBLIC)
                .getResultStream().map(row -> new PublicPage((Long) row[0], (Instant) row[1])).toList();
    }

    @Transactional
    public long add(Viewer viewer, NewResource input) {
        access.requireSignedIn(viewer);
        if (!access.mayAddResources(viewer)) throw new NotAllowed("Mentors and coordinators add to the library.");
        Invalid.Collector errors = new Invalid.Collector();
        ResourceInput.Content content = ResourceInput.check(errors, input.title(), input.summary(), input.body(), input.url(),
                input.type(), input.language(), input.tags());
        Visibility visibility = Arrays.stream(Visibility.values())
                .filter(v -> v.name().equalsIgnoreCase(input.visibility() == null ? "" : input.visibility().strip())).findFirst().orElse(null);
        errors.check(visibility != null, "visibility", "Choose PUBLIC (everyone) or COHORT (one cohort's members).");
        if (visibility == Visibility.COHORT) {
            errors.check(input.cohortId() != null && em.find(Cohort.class, input.cohortId()) != null
                    && access.maySeeCohort(viewer, input.cohortId()), "cohortId", "Choose one of your cohorts.");
        }
        errors.throwIfAny();
        LibraryResource resource = new LibraryResource(content.title(), content.summary(), content.body(), content.url(),
                content.type(), content.language(), visibility, input.cohortId(), viewer.accountId(), content.tags(), clock.now());
        if (!Boolean.TRUE.equals(input.draft())) resource.publish(clock.now());
        em.persist(resource);
        em.flush();
        searchOutbox.changed(SearchItemType.RESOURCE, resource.id());
        return resource.id();
    }

    @Transactional
    public void publish(Viewer viewer, long id) {
        access.requireSignedIn(viewer);
        LibraryResource r = visible(viewer, id);
        if (r.authorId() != viewer.accountId() && !viewer.isCoordinator()) {
            throw new NotAllowed("The author and coordinators publish a resource.");
        }
        if (!r.published()) {
            r.publish(clock.now());
            searchOutbox.changed(SearchItemType.RESOURCE, id);
        }
    }

    /** The resource written up from a thread, if there is one. Joins the caller's transaction. */
    public java.util.Optional<Long> fromThread(long threadId) {
        return em.createQuery("select r.id from LibraryResource r where r.sourceThreadId = :t", Long.class)
                .setParameter("t", threadId).getResultStream().findFirst();
    }

    /** Joins the caller's transaction: a draft made by another feature (e.g. from a solved pain point). */
    public long addDraft(Viewer viewer, String title, String summary, String body, long cohortId, long sourceThreadId, List<String> tags) {
        LibraryResource resource = new LibraryResource(title, summary, body, null, Type.CASE_STUDY, "en", Visibility.COHORT,
                cohortId, viewer.accountId(), ForumInput.tags(new Invalid.Collector(), tags), clock.now());
        resource.cameFrom(sourceThreadId);
        em.persist(resource);
        em.flush();
        searchOutbox.changed(SearchItemType.RESOURCE, resource.id());
        return resource.id();
    }

    /** The resource if the viewer may see it, else 404 as for one that does not exist. Joins the caller's transaction. */
    public LibraryResource visible(Viewer viewer, long id) {
        LibraryResource r = em.find(LibraryResource.class, id);
        if (r == null || !access.maySeeResource(viewer, r.published(), r.cohortId(), r.authorId())) throw new NotVisible("resource");
        return r;
    }

    /**
     * The resource if the viewer may change it (edit it, add or remove files): its author and
     * coordinators. 401 anonymous, 404 not visible, 403 otherwise. Joins the caller's transaction.
     */
    public LibraryResource changeable(Viewer viewer, long id) {
        access.requireSignedIn(viewer);
        LibraryResource r = visible(viewer, id);
        if (!mayChange(viewer, r)) throw new NotAllowed("The author and coordinators change a resource.");
        return r;
    }

    private static boolean mayChange(Viewer viewer, LibraryResource r) {
        return viewer.signedIn() && (r.authorId() == viewer.accountId() || viewer.isCoordinator());
    }

    /** The same rule as Access.maySeeResource, as a query condition (enum values bound as parameters). */
    private static String visibilityClause(Viewer viewer) {
        if (!viewer.signedIn()) return "r.status = :published and r.visibility = :public";
        String published = viewer.isCoordinator() ? "r.status = :published"
                : viewer.cohortIds().isEmpty() ? "r.status = :published and r.visibility = :public"
                : "r.status = :published and (r.visibility = :public or r.cohortId in :cohorts)";
        String drafts = viewer.isCoordinator() ? "r.status = :draft" : "r.status = :draft and r.authorId = :me";
        return "(" + published + ") or (" + drafts + ")";
    }

    private static void bindVisibility(TypedQuery<?> query, Viewer viewer) {
        query.setParameter("published", LibraryResource.Status.PUBLISHED);
        if (!viewer.isCoordinator()) query.setParameter("public", Visibility.PUBLIC);
        if (!viewer.signedIn()) return;
        query.setParameter("draft", LibraryResource.Status.DRAFT);
        if (!viewer.isCoordinator()) {
            query.setParameter("me", viewer.accountId());
            if (!viewer.cohortIds().isEmpty()) query.setParameter("cohorts", viewer.cohortIds());
        }
    }

    private List<Summary> summaries(List<LibraryResource> resources) {
        List<Long> cohortIds = resources.stream().map(LibraryResource::cohortId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> cohorts = cohortIds.isEmpty() ? Map.of()
                : em.createQuery("select c.id, c.name from Cohort c where c.id in :ids", Object[].class)
                .setParameter("ids", cohortIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return resources.stream().map(r -> new Summary(r.id(), r.title(), r.summary(), r.type().name(), r.language(),
                r.visibility().name(), r.cohortId(), r.cohortId() == null ? null : cohorts.get(r.cohortId()),
                r.tags().stream().sorted().toList(), r.status().name(), r.updatedAt())).toList();
    }

    private static Type type(String text) {
        return java.util.Optional.ofNullable(ResourceInput.typeNamed(text)).orElseThrow(() -> Invalid.field("type", "Unknown type: use GUIDE, TEMPLATE, TOOLKIT, CASE_STUDY, LINK or RECORDING."));
    }
}
