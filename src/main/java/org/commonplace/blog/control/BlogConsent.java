package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogSubject;
import org.commonplace.cohort.entity.Organisation;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.AccountStatus;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Consent: the author names the people and organisations a post is about; each is asked when the
 * post is submitted (in the application and by e-mail) and answers for the text as it is. A post
 * is published only while every answer is "yes" for its current text; a "no" after publication
 * takes it off the blog at once.
 */
@ApplicationScoped
public class BlogConsent {
    public static final int SUBJECTS_MAX = 20;

    /**
     * Whom to name: {@code type} PERSON with {@code username}, or ORGANISATION with
     * {@code organisationId} or {@code organisation} (its name).
     */
    public record SubjectRef(String type, String username, Long organisationId, String organisation) { }

    public enum Decision { GIVE, REFUSE, WITHDRAW }

    /** People and organisations the viewer may name, for the form's choices. */
    public record Nameable(List<Person> people, List<Org> organisations) { }
    public record Person(String username, String displayName, String organisation) { }
    public record Org(long id, String name) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject AppClock clock;
    @Inject BlogPosts posts;
    @Inject BlogNotices notices;
    @Inject BlogPublication publication;

    @Transactional
    public long addSubject(Viewer viewer, long postId, SubjectRef ref) {
        BlogPost post = posts.visible(viewer, postId);
        requireAuthorOfEditable(viewer, post);
        return name(viewer, post, ref);
    }

    /** Joins the caller's transaction. The subject is asked when the post is submitted. */
    long name(Viewer viewer, BlogPost post, SubjectRef ref) {
        if (ref == null) throw Invalid.field("subjects", "Say whom to name: {\"type\":\"PERSON\",\"username\"} or {\"type\":\"ORGANISATION\",\"organisation\"}.");
        List<BlogSubject> existing = posts.subjectsOf(post.id());
        requireRoom(existing.size());
        String type = ref.type() == null ? "" : ref.type().strip().toUpperCase(Locale.ROOT);
        Instant now = clock.now();
        BlogSubject subject;
        if (type.equals("PERSON")) {
            Account person = nameablePerson(viewer, ref.username()).orElseThrow(() -> Invalid.field("subjects",
                    "Name a member of your cohorts by username (\"" + shown(ref.username()) + "\" is not one)."));
            if (person.id() == post.authorId()) throw Invalid.field("subjects", "You need not ask yourself: name the others the post is about.");
            if (existing.stream().anyMatch(s -> person.id().equals(s.accountId()))) {
                throw Invalid.field("subjects", person.displayName() + " is named already.");
            }
            subject = BlogSubject.person(post.id(), person.id(), person.displayName(), viewer.accountId(), now);
        } else if (type.equals("ORGANISATION")) {
            Organisation org = nameableOrganisation(viewer, ref).orElseThrow(() -> Invalid.field("subjects",
                    "Name an organisation of your cohorts (\"" + shown(ref.organisation() != null ? ref.organisation()
                            : String.valueOf(ref.organisationId())) + "\" is not one, or nobody there can answer yet)."));
            if (existing.stream().anyMatch(s -> org.id().equals(s.organisationId()))) {
                throw Invalid.field("subjects", org.name() + " is named already.");
            }
            subject = BlogSubject.organisation(post.id(), org.id(), org.name(), viewer.accountId(), now);
        } else {
            throw Invalid.field("subjects", "The type of a subject is PERSON or ORGANISATION.");
        }
        em.persist(subject);
        em.flush();
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.SUBJECT_ADDED, subject.name(), now).aboutSubject(subject.id()));
        return subject.id();
    }

    /** A post names at most SUBJECTS_MAX people and organisations. */
    static void requireRoom(int alreadyNamed) {
        if (alreadyNamed >= SUBJECTS_MAX) throw Invalid.field("subjects", "A post names at most " + SUBJECTS_MAX + " people and organisations.");
    }

    @Transactional
    public void removeSubject(Viewer viewer, long postId, long subjectId) {
        BlogPost post = posts.visible(viewer, postId);
        requireAuthorOfEditable(viewer, post);
        BlogSubject subject = em.find(BlogSubject.class, subjectId);
        if (subject == null || subject.postId() != postId) throw new NotVisible("subject");
        timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.SUBJECT_REMOVED, subject.name(), clock.now()));
        em.createQuery("update BlogEvent e set e.subjectId = null where e.subjectId = :s").setParameter("s", subjectId).executeUpdate();
        em.remove(subject);
    }

    /**
     * Asks every subject whose consent does not cover the current text (at submission). Joins the
     * caller's transaction.
     */
    void askWhereNeeded(BlogPost post, long actorId, Instant now) {
        for (BlogSubject s : posts.subjectsOf(post.id())) {
            if (s.covers(post.contentVersion())) continue;
            boolean again = s.asked();
            s.ask(now);
            timeline.record(new BlogEvent(post.id(), actorId, BlogEvent.Kind.CONSENT_ASKED, s.name(), now).aboutSubject(s.id()));
            notices.askConsent(post, s, actorId, again);
        }
    }

    /** A subject's answer: by the person named, or by a member of the organisation named. */
    @Transactional
    public void decide(Viewer viewer, long subjectId, String decision, String note) {
        BlogSubject subject = answerable(viewer, subjectId);
        BlogPost post = em.find(BlogPost.class, subject.postId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Decision d = decision(decision);
        String n = BlogInput.optional(note, BlogInput.CONSENT_NOTE_MAX, "note");
        Instant now = clock.now();
        String who = viewer.displayName() + (subject.kind() == BlogSubject.Kind.ORGANISATION ? " for " + subject.name() : "");
        switch (d) {
            case GIVE -> {
                if (subject.covers(post.contentVersion())) return;
                subject.give(viewer.accountId(), post.contentVersion(), n, now);
                timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.CONSENT_GIVEN, n, now).aboutSubject(subject.id()));
                notices.toAuthor(post, viewer.accountId(), who + " gave consent", n);
            }
            case REFUSE, WITHDRAW -> {
                boolean given = subject.status() == BlogSubject.Consent.GIVEN;
                if (d == Decision.REFUSE && given) throw new Conflict("You gave your consent: withdraw it instead.");
                if (d == Decision.WITHDRAW && !given) throw new Conflict("There is no consent to withdraw: refuse instead.");
                if (d == Decision.REFUSE) subject.refuse(viewer.accountId(), n, now);
                else subject.withdraw(viewer.accountId(), n, now);
                timeline.record(new BlogEvent(post.id(), viewer.accountId(), d == Decision.REFUSE ? BlogEvent.Kind.CONSENT_REFUSED
                        : BlogEvent.Kind.CONSENT_WITHDRAWN, n, now).aboutSubject(subject.id()));
                takeBack(post, viewer, who + (d == Decision.REFUSE ? " refused consent" : " withdrew consent"), n, now);
            }
        }
    }

    /** Without consent a post goes off the blog at once, and a scheduled one is not published. */
    private void takeBack(BlogPost post, Viewer viewer, String what, String note, Instant now) {
        if (post.status() == BlogPost.Status.PUBLISHED) {
            publication.unpublish(post, viewer.accountId(), what, now);
            notices.toReviewers(post, viewer.accountId(), what + "; the post was unpublished");
        } else if (post.status() == BlogPost.Status.SCHEDULED) {
            post.unschedule(now);
            timeline.record(new BlogEvent(post.id(), viewer.accountId(), BlogEvent.Kind.UNSCHEDULED, what, now));
            notices.toAuthor(post, viewer.accountId(), what + "; the post will not be published", note);
        } else {
            notices.toAuthor(post, viewer.accountId(), what, note);
        }
    }

    /** The subject if the viewer answers for it (asked, and it names them or their organisation); 404 or 403 otherwise. */
    private BlogSubject answerable(Viewer viewer, long subjectId) {
        if (!viewer.signedIn()) throw new org.commonplace.platform.problem.NotSignedIn();
        BlogSubject subject = em.find(BlogSubject.class, subjectId);
        if (subject == null || !subject.asked()) throw new NotVisible("consent request");
        boolean answers = subject.kind() == BlogSubject.Kind.PERSON ? subject.accountId().equals(viewer.accountId())
                : subject.organisationId().equals(viewer.organisationId());
        if (!answers) {
            posts.visible(viewer, subject.postId()); // 404 for who may not see the post
            throw new NotAllowed("Only " + subject.name() + (subject.kind() == BlogSubject.Kind.ORGANISATION ? "'s members" : "")
                    + " answer this request.");
        }
        return subject;
    }

    /** The viewer's own consent request, with the post it is about (for the consent page). */
    @Transactional
    public ConsentView consentView(Viewer viewer, long subjectId) {
        BlogSubject subject = answerable(viewer, subjectId);
        BlogViews.Detail detail = posts.detail(viewer, em.find(BlogPost.class, subject.postId()));
        BlogViews.Subject mine = detail.subjects().stream().filter(s -> s.id() == subjectId).findFirst().orElseThrow();
        return new ConsentView(mine, detail);
    }

    public record ConsentView(BlogViews.Subject subject, BlogViews.Detail post) { }

    /** The people and organisations the viewer may name. */
    @Transactional
    public Nameable nameable(Viewer viewer) {
        if (!viewer.signedIn()) return new Nameable(List.of(), List.of());
        List<Account> people;
        if (viewer.isCoordinator()) {
            people = em.createQuery("select a from Account a left join fetch a.organisation where a.status = :active "
                    + "order by a.displayName", Account.class).setParameter("active", AccountStatus.ACTIVE).setMaxResults(500).getResultList();
        } else if (viewer.cohortIds().isEmpty()) {
            people = List.of();
        } else {
            people = em.createQuery("select distinct a from Account a left join fetch a.organisation, CohortMembership m "
                            + "where m.accountId = a.id and m.cohortId in :mine and a.status = :active order by a.displayName", Account.class)
                    .setParameter("mine", viewer.cohortIds()).setParameter("active", AccountStatus.ACTIVE).setMaxResults(500).getResultList();
        }
        List<Person> persons = people.stream().filter(a -> !a.id().equals(viewer.accountId()) && a.canSignIn())
                .map(a -> new Person(a.username(), a.displayName(), a.organisation() == null ? null : a.organisation().name())).toList();
        List<Org> orgs = people.stream().map(Account::organisation).filter(java.util.Objects::nonNull)
                .map(o -> new Org(o.id(), o.name())).distinct().sorted(java.util.Comparator.comparing(Org::name)).toList();
        return new Nameable(persons, orgs);
    }

    /** A member who can sign in and shares a cohort with the viewer (coordinators: anyone). */
    private Optional<Account> nameablePerson(Viewer viewer, String username) {
        if (username == null || username.isBlank()) return Optional.empty();
        return em.createQuery("select a from Account a where lower(a.username) = :u", Account.class)
                .setParameter("u", username.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .filter(Account::canSignIn)
                .filter(a -> viewer.isCoordinator() || sharesCohort(viewer, List.of(a.id())));
    }

    /** An organisation with a member who can answer, one of whose members shares a cohort with the viewer (coordinators: any). */
    private Optional<Organisation> nameableOrganisation(Viewer viewer, SubjectRef ref) {
        Optional<Organisation> org = ref.organisationId() != null ? Optional.ofNullable(em.find(Organisation.class, ref.organisationId()))
                : ref.organisation() == null || ref.organisation().isBlank() ? Optional.empty()
                : em.createQuery("select o from Organisation o where lower(o.name) = :n", Organisation.class)
                .setParameter("n", ref.organisation().strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
        return org.filter(o -> {
            List<Long> members = em.createQuery("select a.id from Account a where a.organisation.id = :o and a.status = :active "
                            + "and a.passwordHash is not null", Long.class)
                    .setParameter("o", o.id()).setParameter("active", AccountStatus.ACTIVE).getResultList();
            return !members.isEmpty() && (viewer.isCoordinator() || o.id().equals(viewer.organisationId()) || sharesCohort(viewer, members));
        });
    }

    private boolean sharesCohort(Viewer viewer, List<Long> accountIds) {
        if (viewer.cohortIds().isEmpty()) return false;
        return em.createQuery("select count(m) from CohortMembership m where m.accountId in :a and m.cohortId in :mine", Long.class)
                .setParameter("a", accountIds).setParameter("mine", viewer.cohortIds()).getSingleResult() > 0;
    }

    private static void requireAuthorOfEditable(Viewer viewer, BlogPost post) {
        if (viewer.accountId() != post.authorId()) throw new NotAllowed("The post's author names whom it is about.");
        if (!post.status().editable()) throw new Conflict("Take the post back to draft to change whom it names.");
    }

    private static Decision decision(String text) {
        String d = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Decision decision : Decision.values()) if (decision.name().equals(d)) return decision;
        throw Invalid.field("decision", "Answer GIVE, REFUSE or WITHDRAW.");
    }

    private static String shown(String text) {
        if (text == null) return "";
        String t = text.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
