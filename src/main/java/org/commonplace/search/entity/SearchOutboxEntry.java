package org.commonplace.search.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** "This item changed": written in the transaction that changed it, read by every node's indexer. */
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private SearchItemType itemType;
    @Column(name = "item_id")
    private long itemId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SearchOutboxEntry() { }

    public SearchOutboxEntry(SearchItemType itemType, long itemId, Instant createdAt) {
        this.itemType = itemType;
        this.itemId = itemId;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public SearchItemType itemType() { return itemType; }
    public long itemId() { return itemId; }
    public Instant createdAt() { return createdAt; }
}
