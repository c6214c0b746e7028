package org.commonplace.forum.entity;

public enum ThreadKind {
    DISCUSSION,
    /** A problem several partners may share: has a status, endorsements and a ranking. */
    PAIN_POINT
}
