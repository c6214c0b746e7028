package org.commonplace.identity.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A bearer token for the API: expires, can be revoked, listed by its owner. Only its hash is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "account_id")
    private Long accountId;
    private String name;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() { }

    public ApiToken(String tokenHash, long accountId, String name, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.name = name;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long id() { return id; }
    public Long accountId() { return accountId; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public Instant revokedAt() { return revokedAt; }

    public boolean usableAt(Instant now) { return revokedAt == null && now.isBefore(expiresAt); }

    public void used(Instant now) { this.lastUsedAt = now; }

    public void revoke(Instant now) {
        if (revokedAt == null) revokedAt = now;
    }
}
