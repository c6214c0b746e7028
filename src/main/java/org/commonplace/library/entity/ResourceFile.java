package org.commonplace.library.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a library resource. The bytes are on disk (under the data directory, by
 * {@code storedName}); the row keeps the type detected from the content, the SHA-256 of the bytes,
 * and the text extracted from it, so that search reads the text by resource id without parsing.
 */
@Entity
@Table(name = "resource_file")
public class ResourceFile {
    /** Where the text extraction stands. */
    public enum TextStatus { PENDING, EXTRACTED, TRUNCATED, FAILED }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resource_id")
    private Long resourceId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "stored_name")
    private String storedName;
    @Enumerated(EnumType.STRING)
    @Column(name = "text_status")
    private TextStatus textStatus;
    @Column(name = "extracted_text")
    private String extractedText;
    @Column(name = "uploaded_by")
    private Long uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ResourceFile() { }

    public ResourceFile(long resourceId, String fileName, String mediaType, long sizeBytes, String sha256,
                        String storedName, long uploadedBy, Instant now) {
        this.resourceId = resourceId;
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storedName = Objects.requireNonNull(storedName);
        this.textStatus = TextStatus.PENDING;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long id() { return id; }
    public long resourceId() { return resourceId; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String storedName() { return storedName; }
    public TextStatus textStatus() { return textStatus; }
    public String extractedText() { return extractedText; }
    public long uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }

    /** The extracted text (already cut to the limit when {@code truncated}). */
    public void textExtracted(String text, boolean truncated) {
        this.extractedText = text;
        this.textStatus = truncated ? TextStatus.TRUNCATED : TextStatus.EXTRACTED;
    }

    /** The file stays; only its text is missing. */
    public void textFailed() {
        this.extractedText = null;
        this.textStatus = TextStatus.FAILED;
    }
}
