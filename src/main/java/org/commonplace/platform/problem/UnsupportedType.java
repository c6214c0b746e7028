package org.commonplace.platform.problem;

public class UnsupportedType extends ProblemException {
    public UnsupportedType(String detail) {
        super(415, "Unsupported media type", detail);
    }
}
