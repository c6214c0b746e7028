package org.commonplace.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import org.commonplace.platform.jobs.JobLeases;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls the reply mailbox over IMAP (one node at a time) and turns genuine answers into posts.
 * A mail is accepted only if its subject carries a reference we signed and it comes from the
 * address of the account the reference was made for; everything else is dropped and logged,
 * never posted. Each mail is deleted after it was handled, so it is handled once.
 */
@Startup
@Singleton
@jakarta.ejb.DependsOn("SchemaMigration")
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED) // each reply is its own transaction
public class ReplyByMail {
    static final String JOB = "reply-by-mail";
    private static final Logger LOG = Logger.getLogger(ReplyByMail.class.getName());
    private static final Pattern REFERENCE = Pattern.compile("\\[ref:([A-Za-z0-9:._-]+)]");

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject ReplyAddresses config;
    @Inject JobLeases leases;
    @Inject Signatures signatures;
    @Inject ReplyHandling handling;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (!config.enabled()) return;
        task = scheduler.scheduleWithFixedDelay(this::poll, config.pollSeconds(), config.pollSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void poll() {
        pollNow();
    }

    /** Reads the mailbox now (the schedule calls this; tests may too). Returns the number of mails handled. */
    public int pollNow() {
        int handled = 0;
        if (!config.enabled()) return 0;
        try {
            if (!leases.acquire(JOB, Duration.ofSeconds(Math.max(30, config.pollSeconds() * 3)))) return 0;
            Properties props = new Properties();
            String protocol = config.imapSsl() ? "imaps" : "imap";
            props.put("mail." + protocol + ".connectiontimeout", "5000");
            props.put("mail." + protocol + ".timeout", "10000");
            Store store = Session.getInstance(props).getStore(protocol);
            store.connect(config.imapHost(), config.imapPort(), config.imapUser(), config.imapPassword());
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                for (Message message : inbox.getMessages()) {
                    handle(message);
                    message.setFlag(Flags.Flag.DELETED, true);
                    handled++;
                }
                inbox.close(true);
            } finally {
                store.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the reply mailbox failed; trying again in " + config.pollSeconds() + " s", e);
        }
        return handled;
    }

    private void handle(Message message) {
        try {
            Optional<MailReplyReceived> reply = genuine(message);
            if (reply.isEmpty()) return;
            handling.deliver(reply.get());
        } catch (RuntimeException | MessagingException | IOException e) {
            LOG.log(Level.WARNING, "A reply by e-mail was not posted", e);
        }
    }

    /** The reply, if the reference is ours and the sender is the account it was made for. */
    Optional<MailReplyReceived> genuine(Message message) throws MessagingException, IOException {
        Matcher matcher = REFERENCE.matcher(message.getSubject() == null ? "" : message.getSubject());
        if (!matcher.find()) {
            LOG.info("Dropped a mail without a reference in its subject");
            return Optional.empty();
        }
        Optional<String> payload = signatures.verify(matcher.group(1));
        if (payload.isEmpty()) {
            LOG.warning("Dropped a mail with a forged or damaged reference");
            return Optional.empty();
        }
        String[] parts = payload.get().split(":");
        // "reply" answers a forum thread, "workspace" a pair workspace (each feature observes its own)
        if (parts.length != 3 || !(parts[0].equals("reply") || parts[0].equals("workspace"))) return Optional.empty();
        long accountId = Long.parseLong(parts[2]);
        String expected = handling.emailOf(accountId).orElse(null);
        Address[] from = message.getFrom();
        String sender = from == null || from.length == 0 ? "" : ((InternetAddress) from[0]).getAddress();
        if (expected == null || !expected.equalsIgnoreCase(sender.toLowerCase(Locale.ROOT))) {
            LOG.warning("Dropped a reply whose sender is not the account the reference was made for");
            return Optional.empty();
        }
        String text = MailReplyText.of(plainText(message));
        if (text.isBlank()) return Optional.empty();
        return Optional.of(new MailReplyReceived(accountId, parts[0] + ":" + parts[1], text));
    }

    private static String plainText(jakarta.mail.Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) return part.getContent().toString();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null && !text.isBlank()) return text;
            }
        }
        return "";
    }
}
