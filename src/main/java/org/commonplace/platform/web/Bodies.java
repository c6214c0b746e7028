package org.commonplace.platform.web;

import org.commonplace.platform.problem.Malformed;

/** A JSON endpoint called without a body gets a 400 that says what to send. */
public final class Bodies {
    private Bodies() { }

    public static <T> T required(T body, String shape) {
        if (body == null) throw new Malformed("The request needs a JSON body: " + shape + ".");
        return body;
    }
}
