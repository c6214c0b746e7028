package org.commonplace.workspace.meeting.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A person's private iCalendar subscription; only the SHA-256 of its secret is stored. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() { }

    public CalendarFeed(long accountId, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long accountId() { return accountId; }
    public Instant createdAt() { return createdAt; }
    public Instant revokedAt() { return revokedAt; }

    public void revoke(Instant now) { if (revokedAt == null) revokedAt = now; }
}
