package org.commonplace.cohort.control;

/** Fired inside the transaction that created a cohort, so other features can set it up. */
public record CohortCreated(long cohortId) { }
