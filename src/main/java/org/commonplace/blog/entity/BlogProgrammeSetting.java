package org.commonplace.blog.entity;

import jakarta.persistence.*;

/** Whether the partner members of a programme may write blog posts (mentors and coordinators always may). */
@Entity
@Table(name = "blog_programme_setting")
public class BlogProgrammeSetting {
    @Id
    @Column(name = "programme_id")
    private Long programmeId;
    @Column(name = "partners_may_write")
    private boolean partnersMayWrite;

    protected BlogProgrammeSetting() { }

    public BlogProgrammeSetting(long programmeId, boolean partnersMayWrite) {
        this.programmeId = programmeId;
        this.partnersMayWrite = partnersMayWrite;
    }

    public long programmeId() { return programmeId; }
    public boolean partnersMayWrite() { return partnersMayWrite; }
    public void partnersMayWrite(boolean allowed) { this.partnersMayWrite = allowed; }
}
