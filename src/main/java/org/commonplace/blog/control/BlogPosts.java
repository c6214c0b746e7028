package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogSubject;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.NotVisible;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading posts as their author, the reviewers and the people named see them: one post with its
 * consents and timeline, the author's own posts, the review queue. Every read of one post starts
 * with {@link #visible}, which answers 404 exactly as for a post that does not exist.
 */
@ApplicationScoped
public class BlogPosts {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Markdown markdown;

    /** The post if the viewer may see it, else 404. Joins the caller's transaction. */
    public BlogPost visible(Viewer viewer, long id) {
        BlogPost post = em.find(BlogPost.class, id);
        if (post == null || !maySee(viewer, post)) throw new NotVisible("blog post");
        return post;
    }

    boolean maySee(Viewer viewer, BlogPost post) {
        return access.maySeeBlogPost(viewer, post.published(), post.authorId(), post.submitted(),
                !post.published() && post.submitted() && askedForConsent(viewer, post.id()));
    }

    /** Is the viewer (or their organisation) named in the post and asked for consent? */
    boolean askedForConsent(Viewer viewer, long postId) {
        if (!viewer.signedIn()) return false;
        return em.createQuery("select count(s) from BlogSubject s where s.postId = :p and s.askedAt is not null "
                        + "and (s.accountId = :me or s.organisationId = :org)", Long.class)
                .setParameter("p", postId).setParameter("me", viewer.accountId())
                .setParameter("org", viewer.organisationId() == null ? -1L : viewer.organisationId())
                .getSingleResult() > 0;
    }

    List<BlogSubject> subjectsOf(long postId) {
        return em.createQuery("select s from BlogSubject s where s.postId = :p order by s.id", BlogSubject.class)
                .setParameter("p", postId).getResultList();
    }

    /** The names whose consent does not cover the post's current text. */
    static List<String> waitingFor(BlogPost post, List<BlogSubject> subjects) {
        return subjects.stream().filter(s -> !s.covers(post.contentVersion())).map(BlogSubject::name).toList();
    }

    PostRules rules(Viewer viewer, BlogPost post) {
        return new PostRules(viewer, post, access.mayReviewBlogPosts(viewer), waitingFor(post, subjectsOf(post.id())));
    }

    @Transactional
    public BlogViews.Detail detail(Viewer viewer, long id) {
        return detail(viewer, visible(viewer, id));
    }

    /** Joins the caller's transaction; the post must be visible to the viewer. */
    BlogViews.Detail detail(Viewer viewer, BlogPost post) {
        List<BlogSubject> subjects = subjectsOf(post.id());
        PostRules rules = new PostRules(viewer, post, access.mayReviewBlogPosts(viewer), waitingFor(post, subjects));
        boolean authorOrSubmittedToReviewer = rules.author() || rules.reviewer() && post.submitted();
        boolean insider = authorOrSubmittedToReviewer || askedForConsent(viewer, post.id());
        List<BlogEvent> events = rules.authorOrReviewer()
                ? em.createQuery("select e from BlogEvent e where e.postId = :p order by e.createdAt, e.id", BlogEvent.class)
                .setParameter("p", post.id()).getResultList() : List.of();
        Set<Long> people = new HashSet<>();
        people.add(post.authorId());
        subjects.forEach(s -> { if (s.decidedBy() != null) people.add(s.decidedBy()); });
        events.forEach(e -> { if (e.actorId() != null) people.add(e.actorId()); });
        Map<Long, String> names = names(people);
        String body = post.body();
        return new BlogViews.Detail(summary(post, names.get(post.authorId()), body), body, markdown.toHtml(body),
                // where a draft came from names a cohort's thread or a pair's workspace: people asked for
                // consent may be outside that cohort or pair, so only the author and the reviewers see it
                authorOrSubmittedToReviewer ? post.sourceDescription() : null,
                authorOrSubmittedToReviewer ? post.sourceThreadId() : null, post.scheduledFor(),
                post.version(), post.contentVersion(), post.submitted(),
                insider ? subjects.stream().map(s -> subject(viewer, post, s, names)).toList() : null,
                rules.authorOrReviewer() ? events.stream().map(e -> new BlogViews.Event(e.kind().name(),
                        e.actorId() == null ? "Scheduler" : names.getOrDefault(e.actorId(), "former member"), e.note(),
                        e.createdAt())).toList() : null,
                insider ? rules.waitingFor() : null, rules.actions());
    }

    /** The viewer's own posts, in every state, most recently changed first. */
    @Transactional
    public List<BlogViews.Summary> mine(Viewer viewer) {
        access.requireSignedIn(viewer);
        return summaries(em.createQuery("select p from BlogPost p where p.authorId = :me order by p.updatedAt desc, p.id desc",
                        BlogPost.class).setParameter("me", viewer.accountId())
                .setHint("eclipselink.batch", "p.tags").setHint("eclipselink.batch.type", "IN").setMaxResults(200).getResultList());
    }

    /** For coordinators: every submitted post that is not public, oldest change first (what waits longest). */
    @Transactional
    public List<BlogViews.Summary> reviewQueue(Viewer viewer) {
        access.requireCoordinator(viewer);
        return summaries(em.createQuery("select p from BlogPost p where p.submittedAt is not null and p.status in :states "
                        + "order by p.updatedAt, p.id", BlogPost.class)
                .setParameter("states", List.of(BlogPost.Status.IN_REVIEW, BlogPost.Status.CHANGES_REQUESTED,
                        BlogPost.Status.APPROVED, BlogPost.Status.SCHEDULED, BlogPost.Status.UNPUBLISHED))
                .setHint("eclipselink.batch", "p.tags").setHint("eclipselink.batch.type", "IN").setMaxResults(200).getResultList());
    }

    /** Posts whose subjects include the viewer or the viewer's organisation and were asked. */
    @Transactional
    public List<ConsentRequest> consentRequests(Viewer viewer) {
        access.requireSignedIn(viewer);
        List<BlogSubject> subjects = em.createQuery("select s from BlogSubject s where s.askedAt is not null "
                        + "and (s.accountId = :me or s.organisationId = :org) order by s.askedAt desc", BlogSubject.class)
                .setParameter("me", viewer.accountId())
                .setParameter("org", viewer.organisationId() == null ? -1L : viewer.organisationId())
                .setMaxResults(200).getResultList();
        Map<Long, BlogPost> posts = byId(subjects.stream().map(BlogSubject::postId).collect(Collectors.toSet()));
        return subjects.stream().filter(s -> posts.containsKey(s.postId())).map(s -> {
            BlogPost p = posts.get(s.postId());
            return new ConsentRequest(s.id(), p.id(), p.title(), s.name(), s.status().name(), s.covers(p.contentVersion()),
                    p.status().name(), s.askedAt());
        }).toList();
    }

    /** One request for the viewer's consent, for their list. */
    public record ConsentRequest(long subjectId, long postId, String title, String subject, String consent,
                                 boolean coversCurrentText, String postStatus, java.time.Instant askedAt) { }

    List<BlogViews.Summary> summaries(List<BlogPost> posts) {
        Map<Long, String> names = names(posts.stream().map(BlogPost::authorId).collect(Collectors.toSet()));
        return posts.stream().map(p -> summary(p, names.get(p.authorId()), p.body())).toList();
    }

    BlogViews.Summary summary(BlogPost p, String author, String body) {
        String excerpt = p.excerpt().isBlank() ? markdown.excerpt(body, 200) : p.excerpt();
        return new BlogViews.Summary(p.id(), p.slug(), BlogInput.postPath(p.slug()), p.title(), excerpt,
                p.tags().stream().sorted().toList(), p.authorId(), author == null ? "former member" : author,
                p.status().name(), p.publishedAt(), p.updatedAt(), BlogInput.readingMinutes(markdown.toText(body)),
                CoverNames.of(p));
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) return Map.of();
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    private Map<Long, BlogPost> byId(Set<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return em.createQuery("select p from BlogPost p where p.id in :ids", BlogPost.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(BlogPost::id, p -> p));
    }

    private BlogViews.Subject subject(Viewer viewer, BlogPost post, BlogSubject s, Map<Long, String> names) {
        boolean mayAnswer = s.asked() && viewer.signedIn() && (s.kind() == BlogSubject.Kind.PERSON
                ? s.accountId() == viewer.accountId().longValue()
                : s.organisationId().equals(viewer.organisationId()));
        return new BlogViews.Subject(s.id(), s.kind().name(), s.name(), s.status().name(), s.covers(post.contentVersion()),
                s.askedAt(), s.decidedBy() == null ? null : names.getOrDefault(s.decidedBy(), "former member"), s.decidedAt(),
                s.note(), mayAnswer);
    }
}
