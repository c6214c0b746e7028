package org.commonplace.platform.jobs;

import jakarta.persistence.*;

import java.time.Instant;

/** Who may run a scheduled job until when. */
@Entity
@Table(name = "job_lease")
public class JobLease {
    @Id
    private String name;
    private String holder;
    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected JobLease() { }

    public String name() { return name; }
    public String holder() { return holder; }
    public Instant leaseUntil() { return leaseUntil; }
}
