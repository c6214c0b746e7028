package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The last post of a thread that a member has had on screen. */
@Entity
@Table(name = "thread_read")
@IdClass(ReadMark.Key.class)
public class ReadMark {
    @Id @Column(name = "account_id")
    private Long accountId;
    @Id @Column(name = "thread_id")
    private Long threadId;
    @Column(name = "last_position")
    private int lastPosition;
    @Column(name = "read_at")
    private Instant readAt;

    protected ReadMark() { }

    public ReadMark(long accountId, long threadId, int lastPosition, Instant now) {
        this.accountId = accountId;
        this.threadId = threadId;
        this.lastPosition = lastPosition;
        this.readAt = now;
    }

    public long threadId() { return threadId; }
    public int lastPosition() { return lastPosition; }

    /** Reading an earlier page never moves the mark back. */
    public void readUpTo(int position, Instant now) {
        if (position > lastPosition) {
            lastPosition = position;
            readAt = now;
        }
    }

    /** The composite key; a plain class because JPA sets its fields reflectively. */
    public static class Key implements Serializable {
        public Long accountId;
        public Long threadId;

        public Key() { }

        public Key(Long accountId, Long threadId) {
            this.accountId = accountId;
            this.threadId = threadId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(threadId, k.threadId);
        }

        @Override
        public int hashCode() { return Objects.hash(accountId, threadId); }
    }
}
