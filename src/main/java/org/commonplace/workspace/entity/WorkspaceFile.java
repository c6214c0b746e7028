package org.commonplace.workspace.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A file attached to a message; the bytes live under the data directory, only members download them. */
@Entity
@Table(name = "workspace_file")
public class WorkspaceFile {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "workspace_id")
    private Long workspaceId;
    @Column(name = "message_id")
    private Long messageId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "stored_name")
    private String storedName;
    @Column(name = "uploaded_by")
    private Long uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected WorkspaceFile() { }

    public WorkspaceFile(long workspaceId, long messageId, String fileName, String mediaType, long sizeBytes, String sha256,
                         String storedName, long uploadedBy, Instant now) {
        this.workspaceId = workspaceId;
        this.messageId = messageId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storedName = storedName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long id() { return id; }
    public long workspaceId() { return workspaceId; }
    public Long messageId() { return messageId; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String storedName() { return storedName; }
    public long uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
