package org.commonplace.workspace.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.markdown.Markdown;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.search.control.SearchOutbox;
import org.commonplace.search.entity.SearchItemType;
import org.commonplace.workspace.entity.Goal;
import org.commonplace.workspace.entity.Milestone;
import org.commonplace.workspace.entity.ProgressUpdate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Goals written in the SMART shape (every field required, so the form's guidance is followed),
 * milestones with due dates, progress updates, and wins worth celebrating.
 */
@ApplicationScoped
public class Goals {
    public static final int FIELD_MAX = 2000;
    public static final int TITLE_MAX = 200;
    public static final int PROGRESS_MAX = 5000;

    /** A goal as typed: the date as text ("2026-09-30"), so that a wrong one gets a clear message. */
    public record GoalInput(String title, String specific, String measurable, String achievable, String relevant,
                            String timeBound, String targetDate) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Markdown markdown;
    @Inject SearchOutbox searchOutbox;

    @Transactional
    public List<GoalViews.Goal> list(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "goals");
        return views(opened, em.createQuery("select g from Goal g where g.workspaceId = :w order by g.status, g.createdAt",
                Goal.class).setParameter("w", workspaceId).getResultList());
    }

    @Transactional
    public GoalViews.Goal create(Viewer viewer, long workspaceId, GoalInput input) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Goal goal = new Goal(workspaceId, smart(input), viewer.accountId(), clock.now());
        em.persist(goal);
        em.flush();
        searchOutbox.changed(SearchItemType.WORKSPACE_GOAL, goal.id());
        return views(opened, List.of(goal)).get(0);
    }

    @Transactional
    public GoalViews.Goal change(Viewer viewer, long workspaceId, long goalId, GoalInput input, String status, Long version) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        Goal goal = goalOf(workspaceId, goalId);
        if (version != null && version != goal.version()) {
            throw new Conflict("This goal was changed after you opened it. Reload it, then make your change again.");
        }
        if (input != null) goal.change(smart(input), clock.now());
        if (status != null && !status.isBlank()) goal.status(enumOf(Goal.Status.class, status, "status",
                "A goal's status is ACTIVE, ACHIEVED or DROPPED."), clock.now());
        em.flush();
        searchOutbox.changed(SearchItemType.WORKSPACE_GOAL, goal.id());
        return views(opened, List.of(goal)).get(0);
    }

    @Transactional
    public GoalViews.Milestone addMilestone(Viewer viewer, long workspaceId, long goalId, String title, String dueOn) {
        gate.write(viewer, workspaceId);
        goalOf(workspaceId, goalId);
        String t = title == null ? "" : title.strip();
        Invalid.Collector errors = new Invalid.Collector()
                .check(!t.isEmpty(), "title", "Name the milestone.")
                .check(t.length() <= TITLE_MAX, "title", "Keep the title under " + TITLE_MAX + " characters.");
        LocalDate due = date(errors, "dueOn", dueOn, true);
        errors.throwIfAny();
        Milestone m = new Milestone(goalId, workspaceId, t, due, viewer.accountId(), clock.now());
        em.persist(m);
        em.flush();
        return milestone(m);
    }

    @Transactional
    public GoalViews.Milestone markMilestone(Viewer viewer, long workspaceId, long milestoneId, boolean done) {
        gate.write(viewer, workspaceId);
        Milestone m = em.find(Milestone.class, milestoneId);
        if (m == null || m.workspaceId() != workspaceId) throw new NotVisible("milestone");
        m.done(done, clock.now());
        return milestone(m);
    }

    @Transactional
    public GoalViews.Progress addProgress(Viewer viewer, long workspaceId, long goalId, String body, boolean win) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        goalOf(workspaceId, goalId);
        String text = body == null ? "" : body.strip();
        new Invalid.Collector().check(!text.isEmpty(), "body", "Say how it is going.")
                .check(text.length() <= PROGRESS_MAX, "body", "Keep the update under " + PROGRESS_MAX + " characters.").throwIfAny();
        ProgressUpdate p = new ProgressUpdate(goalId, workspaceId, viewer.accountId(), text, win, clock.now());
        em.persist(p);
        em.flush();
        return progress(opened, p);
    }

    @Transactional
    public List<GoalViews.Win> wins(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "wins");
        Map<Long, String> titles = em.createQuery("select g.id, g.title from Goal g where g.workspaceId = :w", Object[].class)
                .setParameter("w", workspaceId).getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
        return em.createQuery("select p from ProgressUpdate p where p.workspaceId = :w and p.win = true order by p.createdAt desc",
                ProgressUpdate.class).setParameter("w", workspaceId).getResultStream()
                .map(p -> new GoalViews.Win(p.goalId(), titles.get(p.goalId()), opened.nameOf(p.authorId()), p.body(),
                        markdown.toHtml(p.body()), p.createdAt())).toList();
    }

    /** Goals with their milestones and progress, for pages and the export. Joins the caller's transaction. */
    List<GoalViews.Goal> views(WorkspaceGate.Opened opened, List<Goal> goals) {
        if (goals.isEmpty()) return List.of();
        List<Long> ids = goals.stream().map(Goal::id).toList();
        Map<Long, List<Milestone>> milestones = em.createQuery("select m from Milestone m where m.goalId in :ids order by m.dueOn, m.id",
                Milestone.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(Milestone::goalId));
        Map<Long, List<ProgressUpdate>> progress = em.createQuery("select p from ProgressUpdate p where p.goalId in :ids"
                + " order by p.createdAt desc, p.id desc", ProgressUpdate.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(ProgressUpdate::goalId));
        return goals.stream().map(g -> new GoalViews.Goal(g.id(), g.title(), g.specific(), g.measurable(), g.achievable(), g.relevant(),
                g.timeBound(), g.targetDate(), g.status().name(), g.version(), g.updatedAt(),
                milestones.getOrDefault(g.id(), List.of()).stream().map(this::milestone).toList(),
                progress.getOrDefault(g.id(), List.of()).stream().map(p -> progress(opened, p)).toList())).toList();
    }

    List<GoalViews.Goal> all(WorkspaceGate.Opened opened) {
        return views(opened, em.createQuery("select g from Goal g where g.workspaceId = :w order by g.createdAt", Goal.class)
                .setParameter("w", opened.id()).getResultList());
    }

    private GoalViews.Milestone milestone(Milestone m) {
        LocalDate today = clock.now().atZone(ZoneOffset.UTC).toLocalDate();
        return new GoalViews.Milestone(m.id(), m.goalId(), m.title(), m.dueOn(), m.doneAt(), m.doneAt() == null && m.dueOn().isBefore(today));
    }

    private GoalViews.Progress progress(WorkspaceGate.Opened opened, ProgressUpdate p) {
        return new GoalViews.Progress(p.id(), p.goalId(), opened.nameOf(p.authorId()), p.body(), markdown.toHtml(p.body()), p.win(),
                p.createdAt());
    }

    Goal goalOf(long workspaceId, long goalId) {
        Goal g = em.find(Goal.class, goalId);
        if (g == null || g.workspaceId() != workspaceId) throw new NotVisible("goal");
        return g;
    }

    /** Every SMART field is required: that is the point of the shape. */
    private static Goal.Smart smart(GoalInput in) {
        Invalid.Collector errors = new Invalid.Collector();
        String title = required(errors, "title", in.title(), TITLE_MAX, "Name the goal in a few words.");
        String s = required(errors, "specific", in.specific(), FIELD_MAX, "Specific: say exactly what you want to achieve.");
        String m = required(errors, "measurable", in.measurable(), FIELD_MAX, "Measurable: say how you will know you got there.");
        String a = required(errors, "achievable", in.achievable(), FIELD_MAX, "Achievable: say why it is within reach.");
        String r = required(errors, "relevant", in.relevant(), FIELD_MAX, "Relevant: say why it matters to the organisation.");
        String t = required(errors, "timeBound", in.timeBound(), FIELD_MAX, "Time-bound: say by when.");
        LocalDate target = date(errors, "targetDate", in.targetDate(), false);
        errors.throwIfAny();
        return new Goal.Smart(title, s, m, a, r, t, target);
    }

    private static String required(Invalid.Collector errors, String field, String value, int max, String message) {
        String v = value == null ? "" : value.strip();
        errors.check(!v.isEmpty(), field, message);
        errors.check(v.length() <= max, field, "Keep it under " + max + " characters.");
        return v;
    }

    static LocalDate date(Invalid.Collector errors, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            errors.check(!required, field, "Give a date (YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "'" + text.strip() + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-09-30.");
            return null;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field, String message) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw Invalid.field(field, message);
        }
    }
}
