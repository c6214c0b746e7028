package org.commonplace.search.control;

/** Fired by SearchOutbox; observed after the transaction commits, to feed the index at once. */
public record OutboxWritten() { }
