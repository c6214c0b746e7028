package org.commonplace.workspace.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Goals, milestones, progress and the work plan as the boundaries see them. */
public final class GoalViews {
    private GoalViews() { }

    public record Milestone(long id, long goalId, String title, LocalDate dueOn, Instant doneAt, boolean overdue) { }

    public record Progress(long id, long goalId, String author, String body, String bodyHtml, boolean win, Instant createdAt) { }

    public record Goal(long id, String title, String specific, String measurable, String achievable, String relevant,
                       String timeBound, LocalDate targetDate, String status, long version, Instant updatedAt,
                       List<Milestone> milestones, List<Progress> progress) { }

    public record Task(long id, String title, Long goalId, String goal, Long ownerId, String owner, LocalDate dueOn, String status,
                       long version) { }

    public record PlanChange(long id, long taskId, String task, String by, Instant at, String summary) { }

    public record Plan(List<Task> tasks, List<PlanChange> history) { }

    /** Every celebrated win of the workspace, newest first. */
    public record Win(long goalId, String goal, String author, String body, String bodyHtml, Instant createdAt) { }
}
