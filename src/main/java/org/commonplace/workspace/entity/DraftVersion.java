package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One version of a shared document, kept for ever; {@code restoredFrom} names the version it brought back. */
@Entity
@Table(name = "workspace_draft_version")
public class DraftVersion {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "draft_id")
    private Long draftId;
    @Column(name = "version_no")
    private int number;
    private String title;
    private String body;
    private String note;
    @Column(name = "restored_from")
    private Integer restoredFrom;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected DraftVersion() { }

    public DraftVersion(long draftId, int number, String title, String body, String note, Integer restoredFrom,
                        long authorId, Instant now) {
        this.draftId = draftId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.note = note;
        this.restoredFrom = restoredFrom;
        this.authorId = authorId;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long draftId() { return draftId; }
    public int number() { return number; }
    public String title() { return title; }
    public String body() { return body; }
    public String note() { return note; }
    public Integer restoredFrom() { return restoredFrom; }
    public long authorId() { return authorId; }
    public Instant createdAt() { return createdAt; }
}
