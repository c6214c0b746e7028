package org.commonplace.platform.problem;

public class NotSignedIn extends ProblemException {
    public NotSignedIn() {
        super(401, "Not signed in", "Sign in to do this.");
    }

    public NotSignedIn(String detail) {
        super(401, "Not signed in", detail);
    }
}
