package org.commonplace.access;

/** The three kinds of member. Public readers are anonymous and have no role. */
public enum Role {
    COORDINATOR("coordinator"),
    MENTOR("mentor"),
    PARTNER("partner member");

    private final String label;

    Role(String label) { this.label = label; }

    /** The name people use, as in the API's "roles" list. */
    public String label() { return label; }

    public String apiName() { return name().toLowerCase(); }
}
