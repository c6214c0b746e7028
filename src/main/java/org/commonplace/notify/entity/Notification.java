package org.commonplace.notify.entity;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * Something a person should hear about: in words and a link, so that every feature can notify in
 * the same way. The cohort it belongs to lets the list leave out what the person may no longer see.
 */
@Entity
@Table(name = "notification")
public class Notification {
    public enum Kind { MENTION, REPLY, NEW_THREAD, WORKSPACE_MESSAGE, BLOG }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_id")
    private Long recipientId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Column(name = "actor_id")
    private Long actorId;
    private String subject;
    private String excerpt;
    private String link;
    @Column(name = "reply_ref")
    private String replyRef;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() { }

    public Notification(long recipientId, Kind kind, Long cohortId, Long actorId, String subject, String excerpt,
                        String link, String replyRef, Instant now) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.cohortId = cohortId;
        this.actorId = actorId;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.excerpt = excerpt == null || excerpt.length() <= 600 ? excerpt : excerpt.substring(0, 600);
        this.link = link;
        this.replyRef = replyRef;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long recipientId() { return recipientId; }
    public Kind kind() { return kind; }
    public Long cohortId() { return cohortId; }
    public Long actorId() { return actorId; }
    public String subject() { return subject; }
    public String excerpt() { return excerpt; }
    public String link() { return link; }
    public String replyRef() { return replyRef; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public Instant mailedAt() { return mailedAt; }

    public void read(Instant now) { if (readAt == null) readAt = now; }
    public void mailed(Instant now) { if (mailedAt == null) mailedAt = now; }
}
