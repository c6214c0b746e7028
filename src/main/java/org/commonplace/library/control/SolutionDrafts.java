package org.commonplace.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.forum.control.Threads;

/**
 * A solved pain point becomes a draft library resource for its cohort: the problem, what solved
 * it, and a link back to the thread. It stays a draft, seen by its author and coordinators, until
 * someone edits and publishes it.
 */
@ApplicationScoped
public class SolutionDrafts {
    @Inject Threads threads;
    @Inject Library library;

    @Transactional
    public long fromPainPoint(Viewer viewer, long threadId) {
        Threads.SolvedPainPoint pain = threads.solvedPainPoint(viewer, threadId);
        library.fromThread(threadId).ifPresent(existing -> {
            throw new org.commonplace.platform.problem.Conflict("This pain point was written up already: /library/" + existing);
        });
        String body = String.join("\n",
                "This pain point was raised and solved by partners of the cohort: [" + pain.title().replace("]", "\\]")
                        + "](/threads/" + pain.threadId() + ").",
                "",
                "## The problem",
                "",
                pain.problem().isBlank() ? "_(describe the problem)_" : fit(pain.problem()),
                "",
                "## What solved it",
                "",
                pain.solution() == null ? "_(describe the solution: mark the reply that solved it to have it copied here)_" : fit(pain.solution()));
        String title = ("Solution: " + pain.title());
        if (title.length() > Library.TITLE_MAX) title = title.substring(0, Library.TITLE_MAX);
        return library.addDraft(viewer, title, "How partners of the cohort solved: " + pain.title(), body,
                pain.cohortId(), pain.threadId(), pain.tags());
    }

    /** Two posts of up to 50,000 characters each must fit the resource's 100,000. */
    private static String fit(String text) {
        int max = Library.BODY_MAX / 2 - 1_000;
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
