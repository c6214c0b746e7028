package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;

/** A member confirmed one revision of the agreement. */
@Entity
@Table(name = "workspace_agreement_confirmation")
@IdClass(AgreementConfirmation.Key.class)
public class AgreementConfirmation {
    @Id @Column(name = "agreement_id")
    private Long agreementId;
    @Id @Column(name = "account_id")
    private Long accountId;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected AgreementConfirmation() { }

    public AgreementConfirmation(long agreementId, long accountId, Instant now) {
        this.agreementId = agreementId;
        this.accountId = accountId;
        this.confirmedAt = now;
    }

    public long agreementId() { return agreementId; }
    public long accountId() { return accountId; }
    public Instant confirmedAt() { return confirmedAt; }

    public static class Key implements Serializable {
        public Long agreementId;
        public Long accountId;

        public Key() { }

        public Key(Long agreementId, Long accountId) {
            this.agreementId = agreementId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(agreementId, k.agreementId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(agreementId, accountId); }
    }
}
