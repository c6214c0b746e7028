package org.commonplace.cohort.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;

/** A person belongs to a cohort. A person may belong to several. */
@Entity
@Table(name = "cohort_membership")
@IdClass(CohortMembership.Key.class)
public class CohortMembership {
    @Id @Column(name = "cohort_id")
    private Long cohortId;
    @Id @Column(name = "account_id")
    private Long accountId;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected CohortMembership() { }

    public CohortMembership(long cohortId, long accountId, Instant now) {
        this.cohortId = cohortId;
        this.accountId = accountId;
        this.joinedAt = now;
    }

    public Long cohortId() { return cohortId; }
    public Long accountId() { return accountId; }
    public Instant joinedAt() { return joinedAt; }

    /** The composite key; a plain class because JPA sets its fields reflectively. */
    public static class Key implements Serializable {
        public Long cohortId;
        public Long accountId;

        public Key() { }

        public Key(Long cohortId, Long accountId) {
            this.cohortId = cohortId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(cohortId, k.cohortId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(cohortId, accountId); }
    }
}
