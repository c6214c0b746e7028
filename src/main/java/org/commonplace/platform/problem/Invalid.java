package org.commonplace.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** Readable but not acceptable input: 422 with one message per field. */
public class Invalid extends ProblemException {
    private final List<Problem.FieldError> errors;

    public Invalid(List<Problem.FieldError> errors) {
        super(422, "Invalid input", errors.size() == 1 ? errors.get(0).message()
                : "Some fields need attention.");
        this.errors = List.copyOf(errors);
    }

    public static Invalid field(String field, String message) {
        return new Invalid(List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public List<Problem.FieldError> fieldErrors() { return errors; }

    /** Collects field errors and throws them together. */
    public static final class Collector {
        private final List<Problem.FieldError> errors = new ArrayList<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) errors.add(new Problem.FieldError(field, message));
            return this;
        }

        public Collector add(String field, String message) {
            errors.add(new Problem.FieldError(field, message));
            return this;
        }

        public boolean isEmpty() { return errors.isEmpty(); }

        public void throwIfAny() {
            if (!errors.isEmpty()) throw new Invalid(errors);
        }
    }
}
