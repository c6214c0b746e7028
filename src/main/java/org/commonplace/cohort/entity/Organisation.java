package org.commonplace.cohort.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.Objects;

/** A partner organisation: its members are partner members. */
@Entity
@Table(name = "organisation")
public class Organisation {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    /** Whether the organisation agreed to be named outside its own cohort. */
    @Column(name = "name_shown_outside")
    private boolean nameShownOutside;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Organisation() { }

    public Organisation(String name, boolean nameShownOutside, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.nameShownOutside = nameShownOutside;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public boolean nameShownOutside() { return nameShownOutside; }
}
