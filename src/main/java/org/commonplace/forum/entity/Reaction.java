package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A member's "helpful" or "thanks" on a post; one of each kind per person. */
@Entity
@Table(name = "post_reaction")
@IdClass(Reaction.Key.class)
public class Reaction {
    public enum Kind { HELPFUL, THANKS }

    @Id @Column(name = "post_id")
    private Long postId;
    @Id @Column(name = "account_id")
    private Long accountId;
    @Id @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Reaction() { }

    public Reaction(long postId, long accountId, Kind kind, Instant now) {
        this.postId = postId;
        this.accountId = accountId;
        this.kind = kind;
        this.createdAt = now;
    }

    /** The composite key; a plain class because JPA sets its fields reflectively. */
    public static class Key implements Serializable {
        public Long postId;
        public Long accountId;
        public Kind kind;

        public Key() { }

        public Key(Long postId, Long accountId, Kind kind) {
            this.postId = postId;
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(postId, k.postId) && Objects.equals(accountId, k.accountId)
                    && kind == k.kind;
        }

        @Override
        public int hashCode() { return Objects.hash(postId, accountId, kind); }
    }
}
