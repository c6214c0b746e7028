package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.identity.control.Viewers;
import org.commonplace.identity.entity.Account;
import org.commonplace.library.control.FileStore;
import org.commonplace.markdown.Markdown;
import org.commonplace.notify.control.MailReplyReceived;
import org.commonplace.notify.control.Notifications;
import org.commonplace.notify.control.ReplyAddresses;
import org.commonplace.notify.control.Signatures;
import org.commonplace.notify.entity.Notification;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.workspace.control.MessageViews.Attachment;
import org.commonplace.workspace.control.MessageViews.Item;
import org.commonplace.workspace.control.MessageViews.ReadReceipt;
import org.commonplace.workspace.entity.Message;
import org.commonplace.workspace.entity.MessageRead;
import org.commonplace.workspace.entity.WorkspaceFile;
import org.commonplace.workspace.entity.WorkspaceMember;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The pair's asynchronous conversation: Markdown messages with attachments, read receipts, an
 * e-mail to the other side (at once or in the digest, as each person chose) that can be answered
 * by e-mail, and how long messages waited for an answer.
 */
@ApplicationScoped
public class Messages {
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    public static final int BODY_MAX = 50_000;
    public static final int ATTACHMENTS_MAX = 5;

    /** An attachment already received, checked and kept on disk, waiting for its message row. */
    public record KeptFile(String name, String mediaType, FileStore.Received received, String storedName) { }

    /** What a download needs. */
    public record Download(Path file, String name, String mediaType, long size, String sha256) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Markdown markdown;
    @Inject Notifications notifications;
    @Inject Signatures signatures;
    @Inject ReplyAddresses replyAddresses;
    @Inject Viewers viewers;
    @Inject SearchOutbox searchOutbox;
    @Inject AttachmentStore store;

    /**
     * A page of messages, newest first. Opening it marks the shown messages of the other side as
     * read by this member (a reading coordinator leaves no receipt).
     */
    @Transactional
    public MessageViews.Page page(Viewer viewer, long workspaceId, int page, int size) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "messages");
        long total = em.createQuery("select count(m) from Message m where m.workspaceId = :w", Long.class)
                .setParameter("w", workspaceId).getSingleResult();
        List<Message> messages = em.createQuery("select m from Message m where m.workspaceId = :w order by m.createdAt desc, m.id desc",
                Message.class).setParameter("w", workspaceId).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        if (opened.member()) markRead(viewer.accountId(), messages);
        return new MessageViews.Page(items(opened, messages), page, size, total, waits(opened));
    }

    /** Checks the body before any file is received (nothing is stored when it is refused). */
    public static String checkedBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) throw Invalid.field("body", "Write a message.");
        if (text.length() > BODY_MAX) {
            throw Invalid.field("body", "A message may be at most " + BODY_MAX + " characters (this one has " + text.length() + ").");
        }
        return text;
    }

    /** 404 or 409 before an upload is read any further. */
    @Transactional
    public void requireWritable(Viewer viewer, long workspaceId) {
        gate.write(viewer, workspaceId);
    }

    @Transactional
    public Item post(Viewer viewer, long workspaceId, String body, List<KeptFile> files) {
        return post(viewer, workspaceId, body, files, false);
    }

    private Item post(Viewer viewer, long workspaceId, String body, List<KeptFile> files, boolean byMail) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        String text = checkedBody(body);
        Message message = new Message(workspaceId, viewer.accountId(), text, byMail, clock.now());
        em.persist(message);
        em.flush();
        for (KeptFile f : files) {
            em.persist(new WorkspaceFile(workspaceId, message.id(), f.name(), f.mediaType(), f.received().size(),
                    f.received().sha256(), f.storedName(), viewer.accountId(), clock.now()));
        }
        // the author has read their own message
        em.persist(new MessageRead(message.id(), viewer.accountId(), clock.now()));
        em.flush();
        notifyOthers(opened, viewer, message);
        searchOutbox.changed(SearchItemType.WORKSPACE_MESSAGE, message.id());
        return items(opened, List.of(message)).get(0);
    }

    @Transactional
    public Download download(Viewer viewer, long workspaceId, long fileId) {
        gate.read(viewer, workspaceId, "an attachment");
        WorkspaceFile f = em.find(WorkspaceFile.class, fileId);
        if (f == null || f.workspaceId() != workspaceId) throw new NotVisible("file");
        return new Download(store.pathOf(f.storedName()), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256());
    }

    /** An answer to a workspace notification by e-mail, already checked for a genuine reference and sender. */
    @Transactional
    void replyByMail(@Observes MailReplyReceived reply) {
        if (!reply.reference().startsWith("workspace:")) return;
        long workspaceId = Long.parseLong(reply.reference().substring("workspace:".length()));
        Viewer viewer = viewers.of(reply.accountId()).orElse(null);
        if (viewer == null) {
            LOG.warning("Dropped a workspace reply by e-mail from an account that cannot sign in");
            return;
        }
        // the same checks as in the application: still a member, the workspace still active, the body limit
        post(viewer, workspaceId, reply.text(), List.of(), true);
    }

    private void notifyOthers(WorkspaceGate.Opened opened, Viewer author, Message message) {
        String subject = "[" + opened.workspace().title() + "] " + author.displayName() + " wrote a message";
        String excerpt = markdown.excerpt(message.body(), 500);
        String link = "/workspaces/" + opened.id() + "/messages#message-" + message.id();
        for (Long recipientId : opened.otherMembers(author.accountId())) {
            Account recipient = em.find(Account.class, recipientId);
            if (recipient == null || !recipient.canSignIn()) continue;
            String reference = replyAddresses.enabled() ? signatures.sign("workspace:" + opened.id() + ":" + recipientId) : null;
            // no cohort: the notification is the recipient's own, whatever cohorts they are in later
            notifications.notify(recipient, Notification.Kind.WORKSPACE_MESSAGE, null, author.accountId(), subject, excerpt, link,
                    reference);
        }
    }

    private void markRead(long accountId, List<Message> messages) {
        List<Long> ids = messages.stream().filter(m -> m.authorId() != accountId).map(Message::id).toList();
        if (ids.isEmpty()) return;
        Set<Long> read = new HashSet<>(em.createQuery("select r.messageId from MessageRead r where r.accountId = :me"
                + " and r.messageId in :ids", Long.class).setParameter("me", accountId).setParameter("ids", ids).getResultList());
        Instant now = clock.now();
        ids.stream().filter(id -> !read.contains(id)).forEach(id -> em.persist(new MessageRead(id, accountId, now)));
        em.flush();
    }

    /** Joins the caller's transaction. */
    List<Item> items(WorkspaceGate.Opened opened, List<Message> messages) {
        if (messages.isEmpty()) return List.of();
        List<Long> ids = messages.stream().map(Message::id).toList();
        Map<Long, List<MessageRead>> reads = em.createQuery("select r from MessageRead r where r.messageId in :ids order by r.readAt",
                MessageRead.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(MessageRead::messageId));
        Map<Long, List<WorkspaceFile>> files = em.createQuery("select f from WorkspaceFile f where f.messageId in :ids order by f.id",
                WorkspaceFile.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(WorkspaceFile::messageId));
        List<Item> items = new ArrayList<>();
        for (Message m : messages) {
            items.add(new Item(m.id(), person(opened, m.authorId()), m.body(), markdown.toHtml(m.body()), m.createdAt(), m.byMail(),
                    reads.getOrDefault(m.id(), List.of()).stream().filter(r -> r.accountId() != m.authorId())
                            .map(r -> new ReadReceipt(opened.nameOf(r.accountId()), r.readAt())).toList(),
                    files.getOrDefault(m.id(), List.of()).stream().map(f -> attachment(opened.id(), f)).toList()));
        }
        return items;
    }

    static WorkspaceViews.Person person(WorkspaceGate.Opened opened, long accountId) {
        return new WorkspaceViews.Person(accountId, opened.nameOf(accountId),
                opened.sideOf(accountId).map(Enum::name).orElse("FORMER"));
    }

    static Attachment attachment(long workspaceId, WorkspaceFile f) {
        return new Attachment(f.id(), f.fileName(), f.sizeBytes(), f.mediaType(), f.sha256(),
                "/api/v1/workspaces/" + workspaceId + "/files/" + f.id());
    }

    /** Every message's attachments, for the export. Joins the caller's transaction. */
    List<WorkspaceFile> files(long workspaceId) {
        return em.createQuery("select f from WorkspaceFile f where f.workspaceId = :w order by f.id", WorkspaceFile.class)
                .setParameter("w", workspaceId).getResultList();
    }

    /**
     * Each message waits until the other side writes; a run of messages from one side waits from
     * its first. Answers per side the answered count, median and longest wait.
     */
    MessageViews.Waits waits(WorkspaceGate.Opened opened) {
        List<Object[]> rows = em.createQuery("select m.authorId, m.createdAt from Message m where m.workspaceId = :w"
                + " order by m.createdAt, m.id", Object[].class).setParameter("w", opened.id()).getResultList();
        Map<String, List<Long>> waits = new java.util.TreeMap<>();
        String pendingSide = null;
        Instant pendingSince = null;
        for (Object[] row : rows) {
            String side = opened.sideOf((Long) row[0]).map(Enum::name).orElse("FORMER");
            Instant at = (Instant) row[1];
            if (pendingSide != null && !pendingSide.equals(side)) {
                // the other side answered: a wait of the side that was waiting ended, and this side's turn starts now
                waits.computeIfAbsent(answeringSide(pendingSide), k -> new ArrayList<>())
                        .add(Duration.between(pendingSince, at).toMinutes());
                pendingSide = side;
                pendingSince = at;
            } else if (pendingSide == null) {
                pendingSide = side;
                pendingSince = at;
            }
        }
        List<MessageViews.SideWaits> sides = new ArrayList<>();
        for (String side : List.of(WorkspaceMember.Side.MENTOR.name(), WorkspaceMember.Side.MENTEE.name())) {
            List<Long> w = waits.getOrDefault(side, List.of()).stream().sorted().toList();
            sides.add(new MessageViews.SideWaits(side, w.size(), w.isEmpty() ? null : w.get(w.size() / 2),
                    w.isEmpty() ? null : w.get(w.size() - 1)));
        }
        return new MessageViews.Waits(sides, pendingSide == null ? null : answeringSide(pendingSide), pendingSince);
    }

    /** Who owes the answer to a message of this side. */
    private static String answeringSide(String side) {
        return WorkspaceMember.Side.MENTOR.name().equals(side) ? WorkspaceMember.Side.MENTEE.name() : WorkspaceMember.Side.MENTOR.name();
    }
}
