package org.commonplace.forum.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/** A discussion board of one cohort. Only the cohort's members and coordinators see it. */
@Entity
@Table(name = "board")
public class Board {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cohort_id")
    private Long cohortId;
    private String name;
    private String slug;
    private String description;
    private int position;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Board() { }

    public Board(long cohortId, String name, String slug, String description, int position, Instant now) {
        this.cohortId = cohortId;
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.description = description;
        this.position = position;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long cohortId() { return cohortId; }
    public String name() { return name; }
    public String slug() { return slug; }
    public String description() { return description; }
    public int position() { return position; }
}
