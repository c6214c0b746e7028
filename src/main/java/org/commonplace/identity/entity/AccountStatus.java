package org.commonplace.identity.entity;

public enum AccountStatus {
    /** Invited, has not set a password yet: cannot sign in. */
    INVITED,
    ACTIVE,
    DISABLED
}
