package org.commonplace.workspace.checkin.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** A question of a programme's own check-in survey (a programme without any uses the default five). */
@Entity
@Table(name = "checkin_question")
public class CheckinQuestion {
    public enum Kind { RATING, TEXT }

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "programme_id")
    private Long programmeId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String prompt;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CheckinQuestion() { }

    public CheckinQuestion(long programmeId, int position, Kind kind, String prompt, Instant now) {
        this.programmeId = programmeId;
        this.position = position;
        this.kind = kind;
        this.prompt = prompt;
        this.active = true;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long programmeId() { return programmeId; }
    public int position() { return position; }
    public Kind kind() { return kind; }
    public String prompt() { return prompt; }
    public boolean active() { return active; }

    /** Retired questions stay, so that old answers keep their question. */
    public void retire() { this.active = false; }
}
