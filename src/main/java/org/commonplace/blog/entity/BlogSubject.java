package org.commonplace.blog.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/**
 * A person or an organisation that a post is about. They are asked when the post is submitted,
 * and the post is published only while every subject's consent covers its current text. Who
 * answered, when, and for which content version are kept.
 */
@Entity
@Table(name = "blog_subject")
public class BlogSubject {
    public enum Kind { PERSON, ORGANISATION }

    public enum Consent { NOT_ASKED, ASKED, GIVEN, REFUSED, WITHDRAWN }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "post_id")
    private Long postId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "organisation_id")
    private Long organisationId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Consent status;
    @Column(name = "added_by")
    private Long addedBy;
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "asked_at")
    private Instant askedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "consent_content_version")
    private Integer consentContentVersion;
    private String note;

    protected BlogSubject() { }

    public static BlogSubject person(long postId, long accountId, String name, long addedBy, Instant now) {
        return new BlogSubject(postId, Kind.PERSON, accountId, null, name, addedBy, now);
    }

    public static BlogSubject organisation(long postId, long organisationId, String name, long addedBy, Instant now) {
        return new BlogSubject(postId, Kind.ORGANISATION, null, organisationId, name, addedBy, now);
    }

    private BlogSubject(long postId, Kind kind, Long accountId, Long organisationId, String name, long addedBy, Instant now) {
        this.postId = postId;
        this.kind = kind;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.name = Objects.requireNonNull(name);
        this.status = Consent.NOT_ASKED;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public Long id() { return id; }
    public long postId() { return postId; }
    public Kind kind() { return kind; }
    public Long accountId() { return accountId; }
    public Long organisationId() { return organisationId; }
    public String name() { return name; }
    public Consent status() { return status; }
    public Instant askedAt() { return askedAt; }
    public Long decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Integer consentContentVersion() { return consentContentVersion; }
    public String note() { return note; }
    public boolean asked() { return askedAt != null; }

    /** True if this consent covers the post's text as it is now. */
    public boolean covers(int contentVersion) {
        return status == Consent.GIVEN && consentContentVersion != null && consentContentVersion == contentVersion;
    }

    /** Asked (again): for a text they have not agreed to. Answers given before stay on record in the events. */
    public void ask(Instant now) {
        this.status = Consent.ASKED;
        this.askedAt = now;
    }

    public void give(long by, int contentVersion, String note, Instant now) {
        decide(Consent.GIVEN, by, note, now);
        this.consentContentVersion = contentVersion;
    }

    public void refuse(long by, String note, Instant now) {
        decide(Consent.REFUSED, by, note, now);
        this.consentContentVersion = null;
    }

    public void withdraw(long by, String note, Instant now) {
        decide(Consent.WITHDRAWN, by, note, now);
        this.consentContentVersion = null;
    }

    private void decide(Consent consent, long by, String note, Instant now) {
        this.status = consent;
        this.decidedBy = by;
        this.decidedAt = now;
        this.note = note;
    }
}
