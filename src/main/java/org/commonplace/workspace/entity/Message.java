package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A message between the pair, in Markdown; rendered when shown, never stored as HTML. */
@Entity
@Table(name = "workspace_message")
public class Message {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "author_id")
    private Long authorId;
    private String body;
    @Column(name = "by_mail")
    private boolean byMail;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Message() { }

    public Message(long workspaceId, long authorId, String body, boolean byMail, Instant now) {
        this.workspaceId = workspaceId;
        this.authorId = authorId;
        this.body = body;
        this.byMail = byMail;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public long authorId() { return authorId; }
    public String body() { return body; }
    public boolean byMail() { return byMail; }
    public Instant createdAt() { return createdAt; }
}
