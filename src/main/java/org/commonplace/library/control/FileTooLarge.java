package org.commonplace.library.control;

import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.problem.TooLarge;

/** 413 for an uploaded file (library file or workspace attachment) over the limit, saying which limit (not the general request one). */
public class FileTooLarge extends ProblemException {
    public FileTooLarge(long limitBytes) {
        super(413, "Too large", "A file may be at most " + TooLarge.humanBytes(limitBytes) + ".");
    }
}
