package org.commonplace.platform.problem;

/** The request could not be read at all (not JSON, wrong shape): 400. */
public class Malformed extends ProblemException {
    public Malformed(String detail) {
        super(400, "Malformed request", detail);
    }
}
