package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.io.Serializable;
import java.time.Instant;

/** A person in a workspace: its mentor, or one of the partner organisation's people (mentee side). */
@Entity
@Table(name = "workspace_member")
@IdClass(WorkspaceMember.Key.class)
public class WorkspaceMember {
    public enum Side { MENTOR, MENTEE }

    @Id @Column(name = "workspace_id")
    private Long workspaceId;
    @Id @Column(name = "account_id")
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Side side;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected WorkspaceMember() { }

    public WorkspaceMember(long workspaceId, long accountId, Side side, Instant now) {
        this.workspaceId = workspaceId;
        this.accountId = accountId;
        this.side = side;
        this.joinedAt = now;
    }

    public long workspaceId() { return workspaceId; }
    public long accountId() { return accountId; }
    public Side side() { return side; }
    public Instant joinedAt() { return joinedAt; }

    public static class Key implements Serializable {
        public Long workspaceId;
        public Long accountId;

        public Key() { }

        public Key(Long workspaceId, Long accountId) {
            this.workspaceId = workspaceId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(workspaceId, k.workspaceId)
                    && java.util.Objects.equals(accountId, k.accountId);
        }

        @Override
        public int hashCode() { return java.util.Objects.hash(workspaceId, accountId); }
    }
}
