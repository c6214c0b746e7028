package org.commonplace.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) in the test JVM, started before the application so that the
 * application's mail goes to it. One per suite run; the port comes from the build (it.smtp.port).
 */
public final class TestMail {
    private static GreenMail server;

    private TestMail() { }

    /** The mailbox the application reads answers from (reply by e-mail), over IMAP. */
    public static final String REPLY_MAILBOX = "replies@commonplace.test";

    static synchronized void start() {
        if (server != null) return;
        int smtp = Integer.getInteger("it.smtp.port", 3925);
        int imap = Integer.getInteger("it.imap.port", 3926);
        server = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(REPLY_MAILBOX, REPLY_MAILBOX, "replies-password");
    }

    /** Sends a mail as a person's mail program would, through the test SMTP server. */
    public static void send(String from, String to, String subject, String text) {
        start();
        GreenMailUtil.sendTextEmail(to, from, subject, text, server.getSmtp().getServerSetup());
    }

    /** Waits (at most 20 s) for a mail to the address whose subject contains the text, and returns it. */
    public static MimeMessage awaitMail(String recipient, String subjectContains) {
        start();
        MimeMessage[] found = new MimeMessage[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (MimeMessage m : server.getReceivedMessages()) {
                if (to(m).contains(recipient.toLowerCase()) && m.getSubject().contains(subjectContains)) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** All mail received so far for the address. */
    public static List<MimeMessage> mailTo(String recipient) {
        start();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> to(m).contains(recipient.toLowerCase())).toList();
    }

    /** The decoded text of the mail (no quoted-printable soft breaks inside links). */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The first link in the mail that starts with the path, as a path (the host in mail is the configured base URL). */
    public static String linkIn(MimeMessage message, String pathPrefix) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)").matcher(body(message));
        if (!m.find()) throw new AssertionError("No link to " + pathPrefix + " in mail: " + body(message));
        return m.group(1);
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).toLowerCase();
        } catch (MessagingException e) {
            return "";
        }
    }
}
