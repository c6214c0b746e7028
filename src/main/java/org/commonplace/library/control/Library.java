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

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The resource library: list what the viewer may see (visibility is part of the query, never a
 * filter after paging), read one, add one, publish a draft.
 */
@ApplicationScoped
public class Library {
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 1_000;
    public static final int BODY_MAX = 100_000;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");

    public record NewResource(String title, String summary, String body, String url, List<String> tags, String type,
                              String language, String visibility, Long cohortId, Boolean draft) { }

    public record Summary(long id, String title, String summary, String type, String language, String visibility,
                          Long cohortId, String cohortName, List<String> tags, String status, Instant updatedAt) { }

    public record Detail(Summary resource, String body, String bodyHtml, String url, String author, Long sourceThreadId,
                         boolean mayPublish) { }

    public record Page(List<Summary> items, int page, int size, long total) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Markdown markdown;
    @Inject AppClock clock;
    @Inject SearchOutbox searchOutbox;

    @Transactional
    public Page visibleTo(Viewer viewer, String tag, String type, int page, int size) {
        Type typeFilter = type == null || type.isBlank() ? null : type(type);
        StringBuilder where = new StringBuilder(" where (" + visibilityClause(viewer) + ")");
        if (tag != null && !tag.isBlank()) where.append(" and :tag member of r.tags");
        if (typeFilter != null) where.append(" and r.type = :type");
        TypedQuery<Long> count = em.createQuery("select count(r) from LibraryResource r" + where, Long.class);
        TypedQuery<LibraryResource> query = em.createQuery("select r from LibraryResource r" + where
                + " order by r.updatedAt desc, r.id desc", LibraryResource.class)
                .setHint("eclipselink.batch", "r.tags").setHint("eclipselink.batch.type", "IN");
        for (TypedQuery<?> q : List.of(count, query)) {
            bindVisibility(q, viewer);
            if (tag != null && !tag.isBlank()) q.setParameter("tag", ForumInput.normalTag(tag));
            if (typeFilter != null) q.setParameter("type", typeFilter);
        }
        List<LibraryResource> resources = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page(summaries(resources), page, size, count.getSingleResult());
    }

    @Transactional
    public Detail one(Viewer viewer, long id) {
        LibraryResource r = visible(viewer, id);
        Account author = em.find(Account.class, r.authorId());
        return new Detail(summaries(List.of(r)).get(0), r.body(), markdown.toHtml(r.body()), r.url(),
                author == null ? "former member" : author.displayName(), r.sourceThreadId(),
                !r.published() && (r.authorId() == viewer.accountId() || viewer.isCoordinator()));
    }

    @Transactional
    public long add(Viewer viewer, NewResource input) {
        access.requireSignedIn(viewer);
        if (!access.mayAddResources(viewer)) throw new NotAllowed("Mentors and coordinators add to the library.");
        Invalid.Collector errors = new Invalid.Collector()
                .check(input.title() != null && !input.title().isBlank(), "title", "Give the resource a title.")
                .check(input.title() == null || input.title().strip().length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.")
                .check(input.summary() != null && !input.summary().isBlank(), "summary", "Write a short summary: it is what people see in lists.")
                .check(input.summary() == null || input.summary().length() <= SUMMARY_MAX, "summary", "Keep the summary under 1,000 characters.")
                .check(input.body() == null || input.body().length() <= BODY_MAX, "body", "Keep the text under 100,000 characters.")
                .check(input.url() == null || input.url().isBlank() || webAddress(input.url()), "url", "Give a web address starting with https:// or http://.");
        Type type = input.type() == null || input.type().isBlank() ? Type.GUIDE : Arrays.stream(Type.values())
                .filter(t -> t.name().equalsIgnoreCase(input.type().strip())).findFirst().orElse(null);
        errors.check(type != null, "type", "Choose guide, template, toolkit, case study, link or recording.");
        String language = input.language() == null || input.language().isBlank() ? "en" : input.language().strip().toLowerCase(Locale.ROOT);
        errors.check(LANGUAGE.matcher(language).matches(), "language", "Give the language as a two-letter code, e.g. en, fr, es, pt, hu.");
        Visibility visibility = Arrays.stream(Visibility.values())
                .filter(v -> v.name().equalsIgnoreCase(input.visibility() == null ? "" : input.visibility().strip())).findFirst().orElse(null);
        errors.check(visibility != null, "visibility", "Choose PUBLIC (everyone) or COHORT (one cohort's members).");
        if (visibility == Visibility.COHORT) {
            errors.check(input.cohortId() != null && em.find(Cohort.class, input.cohortId()) != null
                    && access.maySeeCohort(viewer, input.cohortId()), "cohortId", "Choose one of your cohorts.");
        }
        Set<String> tags = ForumInput.tags(errors, input.tags());
        errors.throwIfAny();
        LibraryResource resource = new LibraryResource(input.title().strip(), input.summary().strip(),
                input.body() == null ? "" : input.body(), input.url() == null || input.url().isBlank() ? null : input.url().strip(),
                type, language, visibility, input.cohortId(), viewer.accountId(), tags, clock.now());
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

    private LibraryResource visible(Viewer viewer, long id) {
        LibraryResource r = em.find(LibraryResource.class, id);
        if (r == null || !access.maySeeResource(viewer, r.published(), r.cohortId(), r.authorId())) throw new NotVisible("resource");
        return r;
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
        return Arrays.stream(Type.values()).filter(t -> t.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> Invalid.field("type", "Unknown type: use GUIDE, TEMPLATE, TOOLKIT, CASE_STUDY, LINK or RECORDING."));
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = URI.create(url.strip());
            return url.length() <= 1000 && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
