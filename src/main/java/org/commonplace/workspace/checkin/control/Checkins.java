package org.commonplace.workspace.checkin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.notify.control.Signatures;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.checkin.entity.CheckinAnswer;
import org.commonplace.workspace.checkin.entity.CheckinQuestion;
import org.commonplace.workspace.checkin.entity.CheckinResponse;
import org.commonplace.workspace.control.WorkspaceGate;
import org.commonplace.workspace.control.Workspaces;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Check-ins: each member answers the programme's short survey when a round falls due; rating
 * questions also with one click from the reminder e-mail (a signed link). The pair sees the
 * history and a chart of the ratings; who is overdue is shown to the pair and, as a count, to
 * coordinators.
 */
@ApplicationScoped
public class Checkins {
    /** A check-in not answered this long after it fell due is overdue. */
    public static final Duration OVERDUE_AFTER = Duration.ofDays(3);
    public static final int TEXT_MAX = 5000;

    /** What a one-click link stands for, once its signature is checked. */
    public record OneClick(long responseId, String questionKey, int rating, String prompt, String workspace, boolean alreadyRecorded) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject WorkspaceGate gate;
    @Inject AppClock clock;
    @Inject Surveys surveys;
    @Inject Workspaces workspaces;
    @Inject Signatures signatures;

    @Transactional
    public CheckinViews.History history(Viewer viewer, long workspaceId) {
        WorkspaceGate.Opened opened = gate.read(viewer, workspaceId, "check-ins");
        List<CheckinResponse> responses = em.createQuery("select r from CheckinResponse r where r.workspaceId = :w"
                + " order by r.dueAt desc, r.id", CheckinResponse.class).setParameter("w", workspaceId).getResultList();
        Map<Long, List<CheckinAnswer>> answers = answersOf(responses);
        Instant now = clock.now();
        List<Surveys.Question> survey = surveys.of(opened.workspace().programmeId());
        List<CheckinViews.Open> open = new ArrayList<>();
        List<CheckinViews.Response> views = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<CheckinChart.Point> points = new ArrayList<>();
        for (CheckinResponse r : responses) {
            boolean mine = r.accountId() == viewer.accountId();
            boolean late = overdue(r, now);
            List<CheckinViews.Answer> a = answers.getOrDefault(r.id(), List.of()).stream().map(Checkins::answer).toList();
            if (mine && r.submittedAt() == null && opened.workspace().active()) open.add(new CheckinViews.Open(r.id(), r.dueAt(), late, survey, a));
            if (late) overdue.add(opened.nameOf(r.accountId()));
            views.add(new CheckinViews.Response(r.id(), r.checkinId(), opened.nameOf(r.accountId()), mine, r.dueAt(), r.submittedAt(), late, a));
            for (CheckinAnswer x : answers.getOrDefault(r.id(), List.of())) {
                if (x.rating() != null) points.add(new CheckinChart.Point(r.dueAt(), opened.nameOf(r.accountId()) + " · " + shortPrompt(x), x.rating()));
            }
        }
        java.util.Collections.reverse(points);
        return new CheckinViews.History(open, views, overdue.stream().distinct().toList(),
                workspaces.settingsOf(opened.workspace().programmeId()).checkinCadenceDays(), opened.workspace().nextCheckinAt(),
                points.isEmpty() ? null : CheckinChart.svg(points, "Check-in ratings of " + opened.workspace().title()));
    }

    /** The viewer answers their own open check-in in the application (answers by question key). */
    @Transactional
    public CheckinViews.Response answer(Viewer viewer, long workspaceId, long responseId, Map<String, String> given) {
        WorkspaceGate.Opened opened = gate.write(viewer, workspaceId);
        CheckinResponse r = em.find(CheckinResponse.class, responseId);
        if (r == null || r.workspaceId() != workspaceId || r.accountId() != viewer.accountId()) throw new NotVisible("check-in");
        List<Surveys.Question> survey = surveys.of(opened.workspace().programmeId());
        Invalid.Collector errors = new Invalid.Collector();
        for (String key : given.keySet()) {
            errors.check(survey.stream().anyMatch(q -> q.key().equals(key)), key, "This check-in has no question '" + key + "'.");
        }
        Map<String, Object> values = new HashMap<>();
        for (Surveys.Question q : survey) {
            String v = given.get(q.key());
            if (v == null || v.isBlank()) continue;
            if (q.rating()) {
                Integer rating = parseRating(v);
                errors.check(rating != null, q.key(), "Answer with a number from 1 to 5.");
                if (rating != null) values.put(q.key(), rating);
            } else {
                errors.check(v.strip().length() <= TEXT_MAX, q.key(), "Keep the answer under " + TEXT_MAX + " characters.");
                values.put(q.key(), v.strip());
            }
        }
        errors.throwIfAny();
        if (values.isEmpty()) throw Invalid.field("answers", "Answer at least one question.");
        for (Surveys.Question q : survey) {
            if (!values.containsKey(q.key())) continue;
            Object v = values.get(q.key());
            record(r, q, v instanceof Integer i ? i : null, v instanceof String s ? s : null);
        }
        submitIfComplete(r, survey);
        em.flush();
        return new CheckinViews.Response(r.id(), r.checkinId(), opened.nameOf(r.accountId()), true, r.dueAt(), r.submittedAt(),
                overdue(r, clock.now()), answersOf(List.of(r)).getOrDefault(r.id(), List.of()).stream().map(Checkins::answer).toList());
    }

    /** The signed link of a one-click answer: the rating for one question of one member's check-in. */
    public String oneClickToken(long responseId, String questionKey, int rating) {
        return signatures.sign("checkin:" + responseId + ":" + questionKey + ":" + rating);
    }

    /** Reads a one-click link without recording anything (404 for a forged one or a closed workspace). */
    @Transactional
    public OneClick readOneClick(String token) {
        String[] parts = signatures.verify(token).map(p -> p.split(":")).filter(p -> p.length == 4 && p[0].equals("checkin"))
                .orElseThrow(() -> new NotVisible("check-in"));
        CheckinResponse r = em.find(CheckinResponse.class, Long.parseLong(parts[1]));
        if (r == null) throw new NotVisible("check-in");
        var w = em.find(org.commonplace.workspace.entity.Workspace.class, r.workspaceId());
        if (w == null || !w.active() || !gate.isMember(r.accountId(), w.id())) throw new NotVisible("check-in");
        Surveys.Question q = surveys.of(w.programmeId()).stream().filter(x -> x.key().equals(parts[2]) && x.rating()).findFirst()
                .orElseThrow(() -> new NotVisible("check-in question"));
        int rating = Integer.parseInt(parts[3]);
        CheckinAnswer existing = existing(r.id(), q.key()).orElse(null);
        return new OneClick(r.id(), q.key(), rating, q.prompt(), w.title(), existing != null && Integer.valueOf(rating).equals(existing.rating()));
    }

    /** Records a one-click answer; the signed link is the proof (it names the member, the question and the rating). */
    @Transactional
    public OneClick recordOneClick(String token) {
        OneClick click = readOneClick(token);
        CheckinResponse r = em.find(CheckinResponse.class, click.responseId());
        var w = em.find(org.commonplace.workspace.entity.Workspace.class, r.workspaceId());
        List<Surveys.Question> survey = surveys.of(w.programmeId());
        Surveys.Question q = survey.stream().filter(x -> x.key().equals(click.questionKey())).findFirst().orElseThrow();
        if (click.rating() < 1 || click.rating() > 5) throw new Conflict("A rating is from 1 to 5.");
        record(r, q, click.rating(), null);
        submitIfComplete(r, survey);
        return new OneClick(click.responseId(), click.questionKey(), click.rating(), click.prompt(), click.workspace(), true);
    }

    /** Counts for a coordinator's dashboard, per workspace: rounds due, answered, overdue. Joins the caller's transaction. */
    public Map<Long, CheckinViews.Health> health(List<Long> workspaceIds) {
        if (workspaceIds.isEmpty()) return Map.of();
        Instant now = clock.now();
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("select r from CheckinResponse r where r.workspaceId in :ids", CheckinResponse.class)
                .setParameter("ids", workspaceIds).getResultStream().forEach(r -> {
                    long[] c = counts.computeIfAbsent(r.workspaceId(), k -> new long[3]);
                    c[0]++;
                    if (r.submittedAt() != null) c[1]++;
                    if (overdue(r, now)) c[2]++;
                });
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new CheckinViews.Health(e.getValue()[0], e.getValue()[1], e.getValue()[2])));
    }

    /** Every response with its answers, for the export. Joins the caller's transaction. */
    public List<CheckinViews.Response> all(WorkspaceGate.Opened opened) {
        List<CheckinResponse> responses = em.createQuery("select r from CheckinResponse r where r.workspaceId = :w"
                + " order by r.dueAt, r.id", CheckinResponse.class).setParameter("w", opened.id()).getResultList();
        Map<Long, List<CheckinAnswer>> answers = answersOf(responses);
        return responses.stream().map(r -> new CheckinViews.Response(r.id(), r.checkinId(), opened.nameOf(r.accountId()), false,
                r.dueAt(), r.submittedAt(), overdue(r, clock.now()),
                answers.getOrDefault(r.id(), List.of()).stream().map(Checkins::answer).toList())).toList();
    }

    static boolean overdue(CheckinResponse r, Instant now) {
        return r.submittedAt() == null && now.isAfter(r.dueAt().plus(OVERDUE_AFTER));
    }

    private void record(CheckinResponse r, Surveys.Question q, Integer rating, String text) {
        CheckinAnswer a = existing(r.id(), q.key()).orElse(null);
        if (a == null) {
            a = new CheckinAnswer(r.id(), q.key(), q.prompt(), CheckinQuestion.Kind.valueOf(q.kind()), clock.now());
            em.persist(a);
        }
        a.answer(rating, text, clock.now());
    }

    /** Answered once every rating question has an answer (text questions are optional). */
    private void submitIfComplete(CheckinResponse r, List<Surveys.Question> survey) {
        em.flush();
        List<String> answered = em.createQuery("select a.questionKey from CheckinAnswer a where a.responseId = :r", String.class)
                .setParameter("r", r.id()).getResultList();
        boolean complete = survey.stream().filter(Surveys.Question::rating).allMatch(q -> answered.contains(q.key()));
        if (complete && !answered.isEmpty()) r.submitted(clock.now());
    }

    private Optional<CheckinAnswer> existing(long responseId, String key) {
        return em.createQuery("select a from CheckinAnswer a where a.responseId = :r and a.questionKey = :k", CheckinAnswer.class)
                .setParameter("r", responseId).setParameter("k", key).getResultStream().findFirst();
    }

    private Map<Long, List<CheckinAnswer>> answersOf(List<CheckinResponse> responses) {
        if (responses.isEmpty()) return Map.of();
        return em.createQuery("select a from CheckinAnswer a where a.responseId in :ids order by a.id", CheckinAnswer.class)
                .setParameter("ids", responses.stream().map(CheckinResponse::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(CheckinAnswer::responseId));
    }

    private static CheckinViews.Answer answer(CheckinAnswer a) {
        return new CheckinViews.Answer(a.questionKey(), a.prompt(), a.kind().name(), a.rating(), a.text());
    }

    private static String shortPrompt(CheckinAnswer a) {
        return switch (a.questionKey()) {
            case "goals" -> "progress";
            case "relationship" -> "relationship";
            default -> a.prompt().length() > 30 ? a.prompt().substring(0, 30) + "…" : a.prompt();
        };
    }

    static Integer parseRating(String v) {
        try {
            int r = Integer.parseInt(v.strip());
            return r >= 1 && r <= 5 ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
