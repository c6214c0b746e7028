package org.commonplace.cohort.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/** A mentoring programme run by an organisation; it groups cohorts and holds their settings. */
@Entity
@Table(name = "programme")
public class Programme {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String slug;
    private String description;
    @Column(name = "self_registration")
    private boolean selfRegistration;
    @Column(name = "coordinators_read_workspaces")
    private boolean coordinatorsReadWorkspaces;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Programme() { }

    public Programme(String name, String slug, String description, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.description = description;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String slug() { return slug; }
    public String description() { return description; }
    public boolean selfRegistration() { return selfRegistration; }
    public boolean coordinatorsReadWorkspaces() { return coordinatorsReadWorkspaces; }
    public Instant createdAt() { return createdAt; }

    public void coordinatorsReadWorkspaces(boolean allowed) { this.coordinatorsReadWorkspaces = allowed; }
}
