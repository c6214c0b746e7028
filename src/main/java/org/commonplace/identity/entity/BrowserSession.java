package org.commonplace.identity.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity
@Table(name = "browser_session")
public class BrowserSession {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected BrowserSession() { }

    public BrowserSession(String tokenHash, long accountId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = expiresAt;
    }

    public Long id() { return id; }
    public Long accountId() { return accountId; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public Instant expiresAt() { return expiresAt; }

    public void seen(Instant now, Instant newExpiry) {
        this.lastSeenAt = now;
        this.expiresAt = newExpiry;
    }
}
