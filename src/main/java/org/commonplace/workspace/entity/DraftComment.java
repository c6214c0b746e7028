package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A comment on one version of a shared document, optionally quoting the passage it is about. */
@Entity
@Table(name = "workspace_draft_comment")
public class DraftComment {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "draft_id")
    private Long draftId;
    @Column(name = "version_no")
    private int versionNumber;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "anchor_text")
    private String anchorText;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DraftComment() { }

    public DraftComment(long draftId, int versionNumber, long authorId, String anchorText, String body, Instant now) {
        this.draftId = draftId;
        this.versionNumber = versionNumber;
        this.authorId = authorId;
        this.anchorText = anchorText;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long draftId() { return draftId; }
    public int versionNumber() { return versionNumber; }
    public long authorId() { return authorId; }
    public String anchorText() { return anchorText; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
}
