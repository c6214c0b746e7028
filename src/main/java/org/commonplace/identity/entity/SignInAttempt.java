package org.commonplace.identity.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One try to sign in, kept for throttling (in the database, so every node counts the same tries). */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String address;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    private boolean succeeded;

    protected SignInAttempt() { }

    public SignInAttempt(String username, String address, Instant at, boolean succeeded) {
        this.username = username;
        this.address = address;
        this.attemptedAt = at;
        this.succeeded = succeeded;
    }
}
