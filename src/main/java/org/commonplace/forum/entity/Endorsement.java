package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A partner member says "we have this problem too" for their organisation. */
@Entity
@Table(name = "endorsement")
@IdClass(Endorsement.Key.class)
public class Endorsement {
    @Id @Column(name = "thread_id")
    private Long threadId;
    @Id @Column(name = "account_id")
    private Long accountId;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Endorsement() { }

    public Endorsement(long threadId, long accountId, long organisationId, Instant now) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.createdAt = now;
    }

    /** The composite key; a plain class because JPA sets its fields reflectively. */
    public static class Key implements Serializable {
        public Long threadId;
        public Long accountId;

        public Key() { }

        public Key(Long threadId, Long accountId) {
            this.threadId = threadId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(threadId, k.threadId) && Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() { return Objects.hash(threadId, accountId); }
    }
}
