package org.commonplace.workspace.meeting.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** Notes of a meeting, written afterwards (Markdown). */
@Entity
@Table(name = "workspace_meeting_note")
public class MeetingNote {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "author_id")
    private Long authorId;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MeetingNote() { }

    public MeetingNote(long meetingId, long workspaceId, long authorId, String body, Instant now) {
        this.meetingId = meetingId;
        this.workspaceId = workspaceId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long meetingId() { return meetingId; }
    public long workspaceId() { return workspaceId; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
}
