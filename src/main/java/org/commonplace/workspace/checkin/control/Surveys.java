package org.commonplace.workspace.checkin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.entity.Programme;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;
import org.commonplace.workspace.checkin.entity.CheckinQuestion;

import java.util.List;

/**
 * A programme's check-in survey: its own active questions, or the default five (progress on goals,
 * satisfaction with the relationship, obstacles, support needed, a free comment). Coordinators
 * replace the survey; old questions are retired, never deleted, so old answers keep their meaning.
 */
@ApplicationScoped
public class Surveys {
    public static final int PROMPT_MAX = 300;
    public static final int QUESTIONS_MAX = 10;

    /** A question as a check-in asks it; {@code key} identifies it in answers and charts. */
    public record Question(String key, String kind, String prompt) {
        public boolean rating() { return "RATING".equals(kind); }
    }

    public static final List<Question> DEFAULT = List.of(
            new Question("goals", "RATING", "How much progress have you made on your goals since the last check-in?"),
            new Question("relationship", "RATING", "How satisfied are you with the mentoring relationship?"),
            new Question("obstacles", "TEXT", "What obstacles are in your way?"),
            new Question("support", "TEXT", "What support do you need?"),
            new Question("comment", "TEXT", "Anything else you would like to say?"));

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;

    /** The survey of a programme. Joins the caller's transaction. */
    public List<Question> of(long programmeId) {
        List<CheckinQuestion> own = em.createQuery("select q from CheckinQuestion q where q.programmeId = :p and q.active = true"
                + " order by q.position, q.id", CheckinQuestion.class).setParameter("p", programmeId).getResultList();
        if (own.isEmpty()) return DEFAULT;
        return own.stream().map(q -> new Question("q" + q.id(), q.kind().name(), q.prompt())).toList();
    }

    @Transactional
    public List<Question> forCoordinator(Viewer viewer, long programmeId) {
        access.requireCoordinator(viewer);
        if (em.find(Programme.class, programmeId) == null) throw new NotVisible("programme");
        return of(programmeId);
    }

    /**
     * Replaces a programme's survey. Each line is a question; a line starting with "rating:" is
     * answered 1 to 5, any other with text. No lines at all: back to the default five.
     */
    @Transactional
    public List<Question> replace(Viewer viewer, long programmeId, List<String> lines) {
        access.requireCoordinator(viewer);
        if (em.find(Programme.class, programmeId) == null) throw new NotVisible("programme");
        List<String> prompts = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Invalid.Collector errors = new Invalid.Collector()
                .check(prompts.size() <= QUESTIONS_MAX, "questions", "A check-in has at most " + QUESTIONS_MAX + " questions: keep it short.");
        for (String p : prompts) {
            errors.check(text(p).length() <= PROMPT_MAX, "questions", "Keep each question under " + PROMPT_MAX + " characters.");
            errors.check(!text(p).isEmpty(), "questions", "A question needs words after \"rating:\".");
        }
        errors.throwIfAny();
        em.createQuery("select q from CheckinQuestion q where q.programmeId = :p and q.active = true", CheckinQuestion.class)
                .setParameter("p", programmeId).getResultStream().forEach(CheckinQuestion::retire);
        int position = 0;
        for (String p : prompts) {
            CheckinQuestion.Kind kind = p.toLowerCase(java.util.Locale.ROOT).startsWith("rating:") ? CheckinQuestion.Kind.RATING
                    : CheckinQuestion.Kind.TEXT;
            em.persist(new CheckinQuestion(programmeId, position++, kind, text(p), clock.now()));
        }
        em.flush();
        return of(programmeId);
    }

    private static String text(String line) {
        return line.toLowerCase(java.util.Locale.ROOT).startsWith("rating:") ? line.substring("rating:".length()).strip() : line;
    }
}
