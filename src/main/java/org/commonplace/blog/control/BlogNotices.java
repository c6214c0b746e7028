package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Role;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogSubject;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.AccountStatus;
import org.commonplace.markdown.Markdown;
import org.commonplace.notify.control.Notifications;
import org.commonplace.notify.entity.Notification;

import java.util.List;
import java.util.Objects;

/**
 * Who hears about a post's steps, through the application's notifications (the bell, and e-mail
 * as each person chose: at once by default). Blog notifications belong to no cohort. Everything
 * joins the caller's transaction, so a step that rolls back tells nobody.
 */
@ApplicationScoped
public class BlogNotices {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Notifications notifications;
    @Inject Markdown markdown;

    /** The author hears of every step someone else takes on their post. */
    void toAuthor(BlogPost post, Long actorId, String what, String note) {
        if (Objects.equals(actorId, post.authorId())) return;
        Account author = em.find(Account.class, post.authorId());
        if (author == null || !author.canSignIn()) return;
        send(author, actorId, "[Blog] " + what + ": \"" + post.title() + "\"", note, manageLink(post));
    }

    /** Every coordinator but the one acting: a post to review, a consent withdrawn … */
    void toReviewers(BlogPost post, Long actorId, String what) {
        List<Account> coordinators = em.createQuery("select a from Account a where a.role = :c and a.status = :active", Account.class)
                .setParameter("c", Role.COORDINATOR).setParameter("active", AccountStatus.ACTIVE).getResultList();
        for (Account c : coordinators) {
            if (Objects.equals(c.id(), actorId) || c.id() == post.authorId() || !c.canSignIn()) continue;
            send(c, actorId, "[Blog] " + what + ": \"" + post.title() + "\"", markdown.excerpt(post.body(), 500), manageLink(post));
        }
    }

    /** The person named, or every member of the organisation named who can sign in, is asked to answer. */
    void askConsent(BlogPost post, BlogSubject subject, long actorId, boolean again) {
        String author = nameOf(post.authorId());
        String subjectLine = "[Blog] " + author + (again ? " changed a post and asks again for " : " asks for ")
                + (subject.kind() == BlogSubject.Kind.PERSON ? "your consent" : "the consent of " + subject.name())
                + ": \"" + post.title() + "\"";
        String excerpt = "Nothing about you is published without your consent. Read the post and answer: you can agree, "
                + "refuse, or later withdraw your consent, which unpublishes the post at once.\n\n"
                + markdown.excerpt(post.body(), 400);
        for (Account a : answering(subject)) {
            send(a, actorId, subjectLine, excerpt, "/blog/consent/" + subject.id());
        }
    }

    /** The people named hear that the post they agreed to is public now (or no longer). */
    void toSubjects(BlogPost post, List<BlogSubject> subjects, Long actorId, String what) {
        for (BlogSubject s : subjects) {
            for (Account a : answering(s)) {
                if (Objects.equals(a.id(), actorId)) continue;
                send(a, actorId, "[Blog] " + what + ": \"" + post.title() + "\"", null, "/blog/consent/" + s.id());
            }
        }
    }

    void commentAdded(BlogPost post, long commenterId, String body) {
        if (commenterId == post.authorId()) return;
        Account author = em.find(Account.class, post.authorId());
        if (author == null || !author.canSignIn()) return;
        send(author, commenterId, "[Blog] " + nameOf(commenterId) + " commented on \"" + post.title() + "\"",
                markdown.excerpt(body, 500), BlogInput.postPath(post.slug()) + "#comments");
    }

    /** Those who may answer for a subject: the person, or the organisation's members who can sign in. */
    List<Account> answering(BlogSubject s) {
        if (s.kind() == BlogSubject.Kind.PERSON) {
            Account a = em.find(Account.class, s.accountId());
            return a != null && a.canSignIn() ? List.of(a) : List.of();
        }
        return em.createQuery("select a from Account a where a.organisation.id = :o and a.status = :active", Account.class)
                .setParameter("o", s.organisationId()).setParameter("active", AccountStatus.ACTIVE)
                .getResultStream().filter(Account::canSignIn).toList();
    }

    String nameOf(Long accountId) {
        Account a = accountId == null ? null : em.find(Account.class, accountId);
        return a == null ? "Commonplace" : a.displayName();
    }

    private void send(Account recipient, Long actorId, String subject, String excerpt, String link) {
        notifications.notify(recipient, Notification.Kind.BLOG, null, actorId, subject, excerpt, link, null);
    }

    static String manageLink(BlogPost post) {
        return "/blog/posts/" + post.id();
    }
}
