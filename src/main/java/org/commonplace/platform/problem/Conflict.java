package org.commonplace.platform.problem;

public class Conflict extends ProblemException {
    public Conflict(String detail) {
        super(409, "Conflict", detail);
    }
}
