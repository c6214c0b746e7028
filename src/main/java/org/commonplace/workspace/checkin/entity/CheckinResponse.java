package org.commonplace.workspace.checkin.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One member's check-in of one round: answered once every rating question has an answer. */
@Entity
@Table(name = "workspace_checkin_response")
public class CheckinResponse {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "checkin_id")
    private Long checkinId;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected CheckinResponse() { }

    public CheckinResponse(long checkinId, long workspaceId, long accountId, Instant dueAt) {
        this.checkinId = checkinId;
        this.workspaceId = workspaceId;
        this.accountId = accountId;
        this.dueAt = dueAt;
    }

    public Long id() { return id; }
    public long checkinId() { return checkinId; }
    public long workspaceId() { return workspaceId; }
    public long accountId() { return accountId; }
    public Instant dueAt() { return dueAt; }
    public Instant remindedAt() { return remindedAt; }
    public Instant submittedAt() { return submittedAt; }

    public void reminded(Instant now) { this.remindedAt = now; }
    public void submitted(Instant now) { if (submittedAt == null) submittedAt = now; }
}
