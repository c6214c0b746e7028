package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;

/** A read receipt: this member has seen this message. */
@Entity
@Table(name = "workspace_message_read")
@IdClass(MessageRead.Key.class)
public class MessageRead {
    @Id @Column(name = "message_id")
    private Long messageId;
    @Id @Column(name = "account_id")
    private Long accountId;
    @Column(name = "read_at")
    private Instant readAt;

    protected MessageRead() { }

    public MessageRead(long messageId, long accountId, Instant now) {
        this.messageId = messageId;
        this.accountId = accountId;
        this.readAt = now;
    }

    public long messageId() { return messageId; }
    public long accountId() { return accountId; }
    public Instant readAt() { return readAt; }

    public static class Key implements Serializable {
        public Long messageId;
        public Long accountId;

        public Key() { }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(messageId, k.messageId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(messageId, accountId); }
    }
}
