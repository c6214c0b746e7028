package org.commonplace.forum.entity;

/** Where a shared problem stands, in the order it usually moves. */
public enum PainPointStatus {
    OPEN("open"),
    BEING_WORKED_ON("being worked on"),
    WORKAROUND_FOUND("workaround found"),
    SOLVED("solved");

    private final String label;

    PainPointStatus(String label) { this.label = label; }

    public String label() { return label; }
}
