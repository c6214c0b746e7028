package org.commonplace.cohort.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/** A group of partner organisations and mentors going through a programme together. */
@Entity
@Table(name = "cohort")
public class Cohort {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    private String name;
    private String slug;
    private String description;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Cohort() { }

    public Cohort(Programme programme, String name, String slug, String description, Instant now) {
        this.programme = Objects.requireNonNull(programme);
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.description = description;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Programme programme() { return programme; }
    public String name() { return name; }
    public String slug() { return slug; }
    public String description() { return description; }
    public Instant createdAt() { return createdAt; }
}
