package org.commonplace.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.identity.entity.Account;
import org.commonplace.identity.entity.MailFrequency;
import org.commonplace.notify.entity.Notification;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;

/**
 * The bell: notifications in the application, and by e-mail as each person chose (immediately, a
 * daily digest, or never). Every e-mail carries a signed unsubscribe link that works without
 * signing in, and, where answering makes sense, a reference for replying by e-mail.
 */
@ApplicationScoped
public class Notifications {
    public record Item(long id, String kind, String subject, String excerpt, String link, Instant createdAt, boolean read) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;
    @Inject MailOutbox outbox;
    @Inject Signatures signatures;
    @Inject Settings settings;
    @Inject ReplyAddresses replyAddresses;

    /** Records a notification and, for people who want mail at once, queues the e-mail. Joins the caller's transaction. */
    public void notify(Account recipient, Notification.Kind kind, Long cohortId, Long actorId, String subject,
                       String excerpt, String link, String replyRef) {
        Notification notification = new Notification(recipient.id(), kind, cohortId, actorId, subject, excerpt, link,
                replyRef, clock.now());
        em.persist(notification);
        if (recipient.mailFrequency() == MailFrequency.IMMEDIATE) {
            outbox.queue(recipient.email(), mailSubject(subject, replyRef), mailBody(recipient, List.of(notification), replyRef != null),
                    replyRef == null ? null : replyAddresses.address(), unsubscribeUrl(recipient.id()));
            notification.mailed(clock.now());
        } else if (recipient.mailFrequency() == MailFrequency.NEVER) {
            // never to be mailed, also not in a digest if the person switches to digests later
            notification.mailed(clock.now());
        }
    }

    @Transactional
    public List<Item> of(Viewer viewer, int max) {
        access.requireSignedIn(viewer);
        return visible(viewer, "select n from Notification n where n.recipientId = :r", " order by n.createdAt desc, n.id desc")
                .setMaxResults(max).getResultStream()
                .map(n -> new Item(n.id(), n.kind().name(), n.subject(), n.excerpt(), n.link(), n.createdAt(), n.readAt() != null))
                .toList();
    }

    /** The number on the bell. */
    @Transactional
    public long unreadCount(Viewer viewer) {
        if (!viewer.signedIn()) return 0;
        String cohortClause = viewer.isCoordinator() ? "" : viewer.cohortIds().isEmpty() ? " and n.cohortId is null"
                : " and (n.cohortId is null or n.cohortId in :cohorts)";
        var query = em.createQuery("select count(n) from Notification n where n.recipientId = :r and n.readAt is null"
                + cohortClause, Long.class).setParameter("r", viewer.accountId());
        if (!viewer.isCoordinator() && !viewer.cohortIds().isEmpty()) query.setParameter("cohorts", viewer.cohortIds());
        return query.getSingleResult();
    }

    /** Opens a notification: marks it read and answers where it points. */
    @Transactional
    public String open(Viewer viewer, long id) {
        access.requireSignedIn(viewer);
        Notification n = em.find(Notification.class, id);
        if (n == null || n.recipientId() != viewer.accountId()
                || n.cohortId() != null && !access.maySeeCohort(viewer, n.cohortId())) {
            throw new NotVisible("notification");
        }
        n.read(clock.now());
        return n.link();
    }

    @Transactional
    public int markAllRead(Viewer viewer) {
        access.requireSignedIn(viewer);
        return em.createQuery("update Notification n set n.readAt = :now where n.recipientId = :r and n.readAt is null")
                .setParameter("now", clock.now()).setParameter("r", viewer.accountId()).executeUpdate();
    }

    /** Sends each digest reader one mail with everything not mailed yet. Returns the number of mails. */
    @Transactional
    public int sendDigests() {
        List<Account> readers = em.createQuery("select distinct a from Account a, Notification n where n.recipientId = a.id "
                + "and n.mailedAt is null and n.readAt is null and a.mailFrequency = :digest", Account.class)
                .setParameter("digest", MailFrequency.DIGEST).getResultList();
        Instant now = clock.now();
        int mails = 0;
        for (Account reader : readers) {
            Viewer viewer = new Viewer(reader.id(), reader.username(), reader.displayName(), reader.role(),
                    reader.organisation() == null ? null : reader.organisation().id(),
                    new java.util.HashSet<>(em.createQuery("select m.cohortId from CohortMembership m where m.accountId = :a", Long.class)
                            .setParameter("a", reader.id()).getResultList()));
            List<Notification> pending = visible(viewer, "select n from Notification n where n.recipientId = :r "
                    + "and n.mailedAt is null and n.readAt is null", " order by n.createdAt").getResultList();
            if (pending.isEmpty()) continue;
            outbox.queue(reader.email(), "Your Commonplace digest: " + pending.size() + " new", mailBody(reader, pending, false),
                    null, unsubscribeUrl(reader.id()));
            pending.forEach(n -> n.mailed(now));
            mails++;
        }
        return mails;
    }

    /** A person who followed an unsubscribe link gets no more mail (they can switch it on again in their profile). */
    @Transactional
    public boolean unsubscribe(String token) {
        var payload = signatures.verify(token).filter(p -> p.startsWith("unsubscribe:"));
        if (payload.isEmpty()) return false;
        Account account = em.find(Account.class, Long.parseLong(payload.get().substring("unsubscribe:".length())));
        if (account == null) return false;
        account.updateProfile(account.displayName(), account.publicHandle(), account.languages(), account.timeZone(),
                account.bio(), MailFrequency.NEVER);
        return true;
    }

    public String unsubscribeUrl(long accountId) {
        return settings.absolute("/unsubscribe/" + signatures.sign("unsubscribe:" + accountId));
    }

    /** Only notifications of cohorts the viewer can still see. */
    private TypedQuery<Notification> visible(Viewer viewer, String select, String order) {
        String cohortClause = viewer.isCoordinator() ? "" : viewer.cohortIds().isEmpty() ? " and n.cohortId is null"
                : " and (n.cohortId is null or n.cohortId in :cohorts)";
        TypedQuery<Notification> query = em.createQuery(select + cohortClause + order, Notification.class)
                .setParameter("r", viewer.accountId());
        if (!viewer.isCoordinator() && !viewer.cohortIds().isEmpty()) query.setParameter("cohorts", viewer.cohortIds());
        return query;
    }

    private String mailSubject(String subject, String replyRef) {
        return replyRef == null ? subject : subject + " [ref:" + replyRef + "]";
    }

    private String mailBody(Account recipient, List<Notification> items, boolean answerable) {
        StringBuilder body = new StringBuilder("Hello ").append(recipient.displayName()).append(",\n\n");
        for (Notification n : items) {
            body.append(n.subject()).append('\n');
            if (n.excerpt() != null) body.append('\n').append(n.excerpt()).append("\n\n");
            body.append("Open it: ").append(settings.absolute(n.link())).append("\n\n");
        }
        if (answerable) {
            body.append("You can answer by replying to this e-mail: write above the quoted text.\n\n");
        }
        body.append("-- \nYou get these e-mails because of your Commonplace notification settings.\n")
                .append("Stop them: ").append(unsubscribeUrl(recipient.id())).append('\n');
        return body.toString();
    }
}
