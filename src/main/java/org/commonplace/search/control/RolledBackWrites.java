package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.library.control.Library;

/**
 * Test mode only (through TestSearchResource): a real write, outbox row included, whose
 * transaction then rolls back — what a failure after the write looks like. Proves a rolled-back
 * change never reaches the index.
 */
@ApplicationScoped
public class RolledBackWrites {
    /** Thrown on purpose after the write; @Transactional rolls back on runtime exceptions. */
    public static final class DeliberateRollback extends RuntimeException {
        final long id;
        DeliberateRollback(long id) {
            super("rolled back on purpose", null, false, false);
            this.id = id;
        }
        public long id() { return id; }
    }

    @Inject Library library;

    @Transactional
    public void addResourceThenFail(Viewer viewer, Library.NewResource input) {
        long id = library.add(viewer, input);
        throw new DeliberateRollback(id);
    }
}
