package org.commonplace.identity.control;

import java.util.List;

/** The caller, as GET /api/v1/me and the token answer describe them. */
public record MeView(long id, String username, String displayName, String publicHandle, List<String> roles,
                     OrganisationRef organisation, List<CohortRef> cohorts, String timeZone, String languages,
                     String bio, String mailFrequency) {
    public record OrganisationRef(long id, String name) { }
    public record CohortRef(long id, String name, String slug) { }
}
