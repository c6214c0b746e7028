package org.commonplace.platform.problem;

/** Signed in, may see the thing, but may not do this to it. */
public class NotAllowed extends ProblemException {
    public NotAllowed(String detail) {
        super(403, "Not allowed", detail);
    }
}
