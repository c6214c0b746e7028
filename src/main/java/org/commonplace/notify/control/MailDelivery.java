package org.commonplace.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.notify.entity.OutboundMail;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.time.AppClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/** Sends queued mail through Jakarta Mail to the configured SMTP server. */
@ApplicationScoped
public class MailDelivery {
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int MAX_ATTEMPTS = 10;

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Settings settings;
    @Inject AppClock clock;

    @Transactional
    public List<Long> pending(int max) {
        return em.createQuery("select m.id from OutboundMail m where m.sentAt is null and m.attempts < :max "
                        + "and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id", Long.class)
                .setParameter("max", MAX_ATTEMPTS).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
    }

    /** True if this node won the mail: the update succeeds for exactly one claimant. */
    @Transactional
    public boolean claim(long id) {
        Instant now = Instant.now();
        return em.createQuery("update OutboundMail m set m.claimedUntil = :until where m.id = :id and m.sentAt is null "
                        + "and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("until", now.plus(CLAIM)).setParameter("id", id).setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Transactional
    public void send(long id) {
        OutboundMail mail = em.find(OutboundMail.class, id);
        if (mail == null || mail.sentAt() != null) return;
        try {
            Transport.send(toMessage(mail), settings.smtpUser().orElse(null), settings.smtpPassword().orElse(null));
            mail.sent(clock.now());
        } catch (MessagingException e) {
            // back off: 30 s, 1 min, 2 min … until MAX_ATTEMPTS
            Duration wait = Duration.ofSeconds(30L << Math.min(mail.attempts(), 8));
            mail.failed(e.getMessage(), Instant.now().plus(wait));
            LOG.warning(() -> "Could not send mail " + id + " (attempt " + mail.attempts() + "): " + e.getMessage());
        }
    }

    private MimeMessage toMessage(OutboundMail mail) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        if (settings.smtpUser().isPresent()) props.put("mail.smtp.auth", "true");
        if (settings.smtpStartTls()) props.put("mail.smtp.starttls.enable", "true");
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.bodyText(), "UTF-8");
        message.setSentDate(new Date());
        if (mail.replyTo() != null) message.setReplyTo(InternetAddress.parse(mail.replyTo()));
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
