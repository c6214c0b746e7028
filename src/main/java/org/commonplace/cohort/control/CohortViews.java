package org.commonplace.cohort.control;

import java.time.Instant;
import java.util.List;

/** What the boundaries get to see of programmes and cohorts: plain records, never entities. */
public final class CohortViews {
    private CohortViews() { }

    public record ProgrammeSummary(long id, String name, String slug, String description,
                                   boolean coordinatorsReadWorkspaces, List<CohortSummary> cohorts) { }

    public record CohortSummary(long id, String name, String slug, String description,
                                long programmeId, String programmeName, long memberCount) { }

    public record Member(long id, String username, String displayName, String role, String organisation) { }

    public record CohortDetail(CohortSummary cohort, List<Member> members, List<String> organisations) { }

    public record OrganisationSummary(long id, String name, boolean nameShownOutside, long memberCount) { }

    public record Membership(long cohortId, long accountId, Instant joinedAt) { }
}
