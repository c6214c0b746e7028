package org.commonplace.access;

import java.util.Set;

/**
 * Who is asking: the signed-in person with their role, organisation and cohorts, or an anonymous
 * reader. Built once per request from the session or bearer token; everything that decides what a
 * person may see takes one.
 */
public record Viewer(Long accountId, String username, String displayName, Role role,
                     Long organisationId, Set<Long> cohortIds) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, null, null, null, Set.of());

    public Viewer {
        cohortIds = cohortIds == null ? Set.of() : Set.copyOf(cohortIds);
    }

    public boolean signedIn() { return accountId != null; }
    public boolean isCoordinator() { return role == Role.COORDINATOR; }
    public boolean isMentor() { return role == Role.MENTOR; }
    public boolean isPartner() { return role == Role.PARTNER; }
    public boolean belongsTo(long cohortId) { return cohortIds.contains(cohortId); }
}
