package org.commonplace.identity.entity;

import jakarta.persistence.*;
import org.commonplace.access.Role;
import org.commonplace.cohort.entity.Organisation;

import java.time.Instant;
import java.util.Objects;

/** A person who can sign in: coordinator, mentor or partner member. */
@Entity
@Table(name = "account")
public class Account {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String email;
    @Column(name = "display_name")
    private String displayName;
    /** Shown instead of the real name where a programme hides identities. */
    @Column(name = "public_handle")
    private String publicHandle;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    private String languages;
    @Column(name = "time_zone")
    private String timeZone = "UTC";
    private String bio;
    @Column(name = "avatar_file")
    private String avatarFile;
    @Column(name = "avatar_type")
    private String avatarType;
    @Enumerated(EnumType.STRING)
    @Column(name = "mail_frequency")
    private MailFrequency mailFrequency = MailFrequency.IMMEDIATE;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Account() { }

    /** Partner members belong to an organisation; coordinators and mentors to none. */
    public Account(String username, String email, String displayName, Role role, Organisation organisation, Instant now) {
        if (role == Role.PARTNER && organisation == null) {
            throw new IllegalArgumentException("A partner member belongs to an organisation");
        }
        this.username = Objects.requireNonNull(username).toLowerCase();
        this.email = Objects.requireNonNull(email).toLowerCase();
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.organisation = role == Role.PARTNER ? organisation : null;
        this.status = AccountStatus.INVITED;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public String publicHandle() { return publicHandle; }
    public String passwordHash() { return passwordHash; }
    public Role role() { return role; }
    public Organisation organisation() { return organisation; }
    public AccountStatus status() { return status; }
    public String languages() { return languages; }
    public String timeZone() { return timeZone; }
    public String bio() { return bio; }
    public String avatarFile() { return avatarFile; }
    public String avatarType() { return avatarType; }
    public MailFrequency mailFrequency() { return mailFrequency; }
    public Instant createdAt() { return createdAt; }

    public boolean canSignIn() { return canSignIn(status, passwordHash); }

    /** The rule of {@link #canSignIn()}, for an account read without its entity. */
    public static boolean canSignIn(AccountStatus status, String passwordHash) {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    /** Setting a password activates an invited account. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        if (status == AccountStatus.INVITED) status = AccountStatus.ACTIVE;
    }

    public void updateProfile(String displayName, String publicHandle, String languages, String timeZone,
                              String bio, MailFrequency mailFrequency) {
        this.displayName = Objects.requireNonNull(displayName);
        this.publicHandle = publicHandle;
        this.languages = languages;
        this.timeZone = Objects.requireNonNull(timeZone);
        this.bio = bio;
        this.mailFrequency = Objects.requireNonNull(mailFrequency);
    }

    public void setAvatar(String file, String type) {
        this.avatarFile = file;
        this.avatarType = type;
    }

    public void changeUsername(String username) {
        this.username = Objects.requireNonNull(username).toLowerCase();
    }

    public void disable() { this.status = AccountStatus.DISABLED; }
}
