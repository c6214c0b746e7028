package org.commonplace.notify.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** An e-mail waiting to be sent (or sent). Written in the transaction that decided to send it. */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "sent_at")
    private Instant sentAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    /** Where replies go (reply by e-mail), if anywhere. */
    @Column(name = "reply_to")
    private String replyTo;
    /** Sent as List-Unsubscribe, so mail programs offer one-click unsubscribing. */
    @Column(name = "unsubscribe_url")
    private String unsubscribeUrl;

    protected OutboundMail() { }

    public OutboundMail(String recipient, String subject, String bodyText, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.bodyText = bodyText;
        this.createdAt = now;
    }

    public OutboundMail withReplyTo(String replyTo) {
        this.replyTo = replyTo;
        return this;
    }

    public OutboundMail withUnsubscribeUrl(String url) {
        this.unsubscribeUrl = url;
        return this;
    }

    public String replyTo() { return replyTo; }
    public String unsubscribeUrl() { return unsubscribeUrl; }
    public Long id() { return id; }
    public String recipient() { return recipient; }
    public String subject() { return subject; }
    public String bodyText() { return bodyText; }
    public int attempts() { return attempts; }
    public Instant sentAt() { return sentAt; }

    public void sent(Instant now) {
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
    }

    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        this.claimedUntil = retryAt;
    }
}
