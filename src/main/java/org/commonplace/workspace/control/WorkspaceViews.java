package org.commonplace.workspace.control;

import java.time.Instant;
import java.util.List;

/** The records that workspace boundaries get (entities never leave the services). */
public final class WorkspaceViews {
    private WorkspaceViews() { }

    public record Person(long id, String displayName, String side) { }

    public record Summary(long id, String title, String status, String organisation, String cohort, List<Person> members,
                          long unreadMessages, Instant lastMessageAt, Instant createdAt, Instant archivedAt,
                          String archiveReason, Instant readUntil, Long previousWorkspaceId) { }

    public record AuditLine(long id, String actor, String action, String detail, Instant at) { }

    /** The top of a workspace: who is in it, what the programme allows, the agreement, the aspirations. */
    public record Overview(Summary summary, boolean member, boolean active, boolean coordinatorsMayRead,
                           String aspirations, String aspirationsHtml, AgreementView agreement, int cadenceDays,
                           Instant nextCheckinAt, List<AuditLine> recentAudit) { }

    public record AgreementView(int revision, String communication, String mentorExpects, String menteeExpects,
                                String communicationHtml, String mentorExpectsHtml, String menteeExpectsHtml,
                                String writtenBy, Instant writtenAt, List<Confirmation> confirmations,
                                boolean agreed, boolean confirmedByMe) { }

    public record Confirmation(String name, Instant at) { }

    /** A programme's workspace settings, as coordinators change them and members see them. */
    public record Settings(long programmeId, String programme, boolean coordinatorsMayRead, int checkinCadenceDays,
                           int archiveReadDays) { }
}
