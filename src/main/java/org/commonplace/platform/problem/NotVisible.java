package org.commonplace.platform.problem;

/** Unknown, or not visible to the caller: both answer 404 so that a private thing never shows it exists. */
public class NotVisible extends ProblemException {
    public NotVisible(String what) {
        super(404, "Not found", "There is no " + what + " here, or you may not see it.");
    }
}
