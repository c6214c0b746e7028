package org.commonplace.identity.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** An invitation or password-reset link: used once, expires. Only the token's hash is stored. */
@Entity
@Table(name = "one_time_link")
public class OneTimeLink {
    public enum Purpose { INVITATION, PASSWORD_RESET }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeLink() { }

    public OneTimeLink(String tokenHash, Purpose purpose, long accountId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long id() { return id; }
    public Purpose purpose() { return purpose; }
    public Long accountId() { return accountId; }
    public Instant expiresAt() { return expiresAt; }

    public boolean usableAt(Instant now) { return usedAt == null && now.isBefore(expiresAt); }

    public void use(Instant now) { this.usedAt = now; }
}
