package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.entity.Cohort;
import org.commonplace.forum.entity.ForumThread;
import org.commonplace.forum.entity.Post;
import org.commonplace.forum.entity.Watch;
import org.commonplace.identity.control.Viewers;
import org.commonplace.identity.entity.Account;
import org.commonplace.markdown.Markdown;
import org.commonplace.notify.control.MailReplyReceived;
import org.commonplace.notify.control.Notifications;
import org.commonplace.notify.control.ReplyAddresses;
import org.commonplace.notify.control.Signatures;
import org.commonplace.notify.entity.Notification;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who hears about a new post: the people it @mentions (only if they may see the cohort: a
 * mention of an outsider notifies nobody), the thread's watchers, and for a new thread the
 * board's watchers. Muting silences all of it. And the way back: answers by e-mail become posts.
 */
@ApplicationScoped
public class ForumNotifications {
    private static final Logger LOG = Logger.getLogger(ForumNotifications.class.getName());
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9._-]{3,40})");

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject Watching watching;
    @Inject Notifications notifications;
    @Inject Viewers viewers;
    @Inject Markdown markdown;
    @Inject Signatures signatures;
    @Inject ReplyAddresses replyAddresses;
    @Inject Replies replies;

    /** Joins the caller's transaction, right after the post was written. */
    void postCreated(Viewer author, ForumThread thread, Post post, boolean newThread) {
        watching.autoWatch(author.accountId(), thread.id());
        Map<Long, Watch.Level> levels = watching.levelsOfThread(thread.id());
        Map<Long, Notification.Kind> recipients = new LinkedHashMap<>();
        for (Account mentioned : mentioned(post.body())) {
            recipients.put(mentioned.id(), Notification.Kind.MENTION);
        }
        levels.forEach((account, level) -> {
            if (level == Watch.Level.WATCH) recipients.putIfAbsent(account, Notification.Kind.REPLY);
        });
        if (newThread) {
            watching.boardWatchers(thread.boardId()).forEach(a -> recipients.putIfAbsent(a, Notification.Kind.NEW_THREAD));
        }
        recipients.remove(author.accountId());
        if (recipients.isEmpty()) return;
        Set<Long> boardMuted = watching.boardMuters(thread.boardId());

        String cohort = em.find(Cohort.class, thread.cohortId()).name();
        String link = "/threads/" + thread.id() + "?page=" + ((post.position() - 1) / Threads.POSTS_PER_PAGE + 1) + "#post-" + post.position();
        String excerpt = markdown.excerpt(post.body(), 500);
        Map<Long, Account> accounts = accounts(recipients.keySet());
        recipients.forEach((accountId, kind) -> {
            Account recipient = accounts.get(accountId);
            if (recipient == null || !recipient.canSignIn()) return;
            if (levels.get(accountId) == Watch.Level.MUTE) return;
            if (boardMuted.contains(accountId) && levels.get(accountId) != Watch.Level.WATCH) return;
            // the recipient must still be able to see the thread: nothing reaches an outsider, and a
            // hidden thread only its moderators
            var recipientViewer = viewers.of(accountId).filter(v -> access.maySeeCohort(v, thread.cohortId()));
            if (recipientViewer.isEmpty()) return;
            if (thread.hidden() && !access.mayModerateCohort(recipientViewer.get(), thread.cohortId())) return;
            String subject = "[" + cohort + "] " + subjectLine(kind, author.displayName(), thread.title());
            String reference = replyAddresses.enabled() ? signatures.sign("reply:" + thread.id() + ":" + accountId) : null;
            notifications.notify(recipient, kind, thread.cohortId(), author.accountId(), subject, excerpt, link, reference);
        });
    }

    /** An answer by e-mail, already checked for a genuine reference and sender: post it as that member. */
    void replyByMail(@Observes MailReplyReceived reply) {
        if (!reply.reference().startsWith("reply:")) return;
        long threadId = Long.parseLong(reply.reference().substring("reply:".length()));
        Viewer viewer = viewers.of(reply.accountId()).orElse(null);
        if (viewer == null) {
            LOG.warning("Dropped a reply by e-mail from an account that cannot sign in");
            return;
        }
        // the same checks as on the page: the member must still see the thread, it must not be locked
        replies.reply(viewer, threadId, reply.text(), null);
    }

    private List<Account> mentioned(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find() && names.size() < 20) {
            String name = m.group(1).replaceAll("[._-]+$", ""); // "thanks @pat." mentions pat
            if (name.length() >= 3) names.add(name.toLowerCase(Locale.ROOT));
        }
        if (names.isEmpty()) return List.of();
        return em.createQuery("select a from Account a where a.username in :names or lower(a.publicHandle) in :names", Account.class)
                .setParameter("names", names).getResultList();
    }

    private Map<Long, Account> accounts(Set<Long> ids) {
        Map<Long, Account> byId = new LinkedHashMap<>();
        em.createQuery("select a from Account a where a.id in :ids", Account.class).setParameter("ids", ids)
                .getResultList().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static String subjectLine(Notification.Kind kind, String actor, String title) {
        return switch (kind) {
            case MENTION -> actor + " mentioned you in \"" + title + "\"";
            case NEW_THREAD -> actor + " started \"" + title + "\"";
            case REPLY -> actor + " replied in \"" + title + "\"";
            default -> actor + " wrote in \"" + title + "\""; // kinds of other features never reach the forum's mail
        };
    }
}
