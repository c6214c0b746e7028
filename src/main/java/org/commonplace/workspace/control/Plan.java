package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.entity.PlanChange;
import org.commonplace.workspace.entity.PlanTask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The work plan: tasks the pair adapts as they go. Nothing is deleted (a task taken off the plan
 * is DROPPED), and every change is written down in words, so the pair can look back at how the
 * plan evolved.
 */
@ApplicationScoped
public class Plan {
    public static final int TITLE_MAX = 200;

    /** A task as typed (null fields of a change keep their value). */
    public record TaskInput(String title, Long goalId, Long ownerId, String dueOn, String status, Long version) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Goals goals;

    @Transactional
    public GoalViews.Plan plan(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "work plan");
        return plan(opened);
    }

    GoalViews.Plan plan(WorkspaceGate.Opened opened) {
        List<PlanTask> tasks = em.createQuery("select t from PlanTask t where t.workspaceId = :w order by t.status, t.dueOn, t.id",
                PlanTask.class).setParameter("w", opened.id()).getResultList();
        Map<Long, String> goalTitles = em.createQuery("select g.id, g.title from Goal g where g.workspaceId = :w", Object[].class)
                .setParameter("w", opened.id()).getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        Map<Long, String> taskTitles = tasks.stream().collect(Collectors.toMap(PlanTask::id, PlanTask::title));
        List<GoalViews.PlanChange> history = em.createQuery("select c from PlanChange c where c.workspaceId = :w"
                        + " order by c.changedAt desc, c.id desc", PlanChange.class).setParameter("w", opened.id()).getResultStream()
                .map(c -> new GoalViews.PlanChange(c.id(), c.taskId(), taskTitles.get(c.taskId()), opened.nameOf(c.changedBy()),
                        c.changedAt(), c.summary())).toList();
        return new GoalViews.Plan(tasks.stream().map(t -> view(opened, t, goalTitles)).toList(), history);
    }

    @Transactional
    public GoalViews.Task add(Viewer viewer, long workspaceId, TaskInput in) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Invalid.Collector errors = new Invalid.Collector();
        String title = in.title() == null ? "" : in.title().strip();
        errors.check(!title.isEmpty(), "title", "Say what is to be done.")
                .check(title.length() <= TITLE_MAX, "title", "Keep the task under " + TITLE_MAX + " characters.");
        LocalDate due = Goals.date(errors, "dueOn", in.dueOn(), false);
        errors.throwIfAny();
        checkRefs(opened, in.goalId(), in.ownerId());
        PlanTask task = new PlanTask(workspaceId, in.goalId(), title, in.ownerId(), due, clock.now());
        em.persist(task);
        em.flush();
        em.persist(new PlanChange(task.id(), workspaceId, viewer.accountId(), "added \"" + title + "\""
                + (due == null ? "" : ", due " + due) + (in.ownerId() == null ? "" : ", for " + opened.nameOf(in.ownerId())), clock.now()));
        return view(opened, task, Map.of());
    }

    @Transactional
    public GoalViews.Task change(Viewer viewer, long workspaceId, long taskId, TaskInput in) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        PlanTask task = em.find(PlanTask.class, taskId);
        if (task == null || task.workspaceId() != workspaceId) throw new NotVisible("task");
        if (in.version() != null && in.version() != task.version()) {
            throw new Conflict("The plan changed after you opened it. Reload it, then make your change again.");
        }
        Invalid.Collector errors = new Invalid.Collector();
        String title = in.title() == null ? task.title() : in.title().strip();
        errors.check(!title.isEmpty(), "title", "Say what is to be done.")
                .check(title.length() <= TITLE_MAX, "title", "Keep the task under " + TITLE_MAX + " characters.");
        LocalDate due = in.dueOn() == null ? task.dueOn() : Goals.date(errors, "dueOn", in.dueOn(), false);
        errors.throwIfAny();
        PlanTask.Status status = in.status() == null || in.status().isBlank() ? task.status()
                : Goals.enumOf(PlanTask.Status.class, in.status(), "status", "A task is TODO, DOING, DONE or DROPPED.");
        Long goalId = in.goalId() == null ? task.goalId() : in.goalId() == 0 ? null : in.goalId();
        Long ownerId = in.ownerId() == null ? task.ownerId() : in.ownerId() == 0 ? null : in.ownerId();
        checkRefs(opened, goalId, ownerId);
        List<String> changes = new ArrayList<>();
        if (!title.equals(task.title())) changes.add("title: \"" + task.title() + "\" → \"" + title + "\"");
        if (status != task.status()) changes.add("status: " + task.status() + " → " + status);
        if (!Objects.equals(due, task.dueOn())) changes.add("due: " + orDash(task.dueOn()) + " → " + orDash(due));
        if (!Objects.equals(ownerId, task.ownerId())) {
            changes.add("owner: " + (task.ownerId() == null ? "–" : opened.nameOf(task.ownerId())) + " → "
                    + (ownerId == null ? "–" : opened.nameOf(ownerId)));
        }
        if (!Objects.equals(goalId, task.goalId())) changes.add("goal changed");
        if (changes.isEmpty()) return view(opened, task, Map.of());
        task.change(goalId, title, ownerId, due, status);
        em.persist(new PlanChange(taskId, workspaceId, viewer.accountId(), String.join("; ", changes), clock.now()));
        em.flush();
        return view(opened, task, Map.of());
    }

    private void checkRefs(WorkspaceGate.Opened opened, Long goalId, Long ownerId) {
        if (goalId != null && goalId != 0) goals.goalOf(opened.id(), goalId);
        if (ownerId != null && ownerId != 0 && opened.sideOf(ownerId).isEmpty()) {
            throw Invalid.field("ownerId", "A task belongs to a member of the workspace.");
        }
    }

    private GoalViews.Task view(WorkspaceGate.Opened opened, PlanTask t, Map<Long, String> goalTitles) {
        return new GoalViews.Task(t.id(), t.title(), t.goalId(), t.goalId() == null ? null : goalTitles.get(t.goalId()), t.ownerId(),
                t.ownerId() == null ? null : opened.nameOf(t.ownerId()), t.dueOn(), t.status().name(), t.version());
    }

    private static String orDash(LocalDate d) { return d == null ? "–" : d.toString(); }
}
