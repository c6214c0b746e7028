package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Access;
import org.commonplace.access.Viewer;
import org.commonplace.cohort.control.CohortCreated;
import org.commonplace.cohort.control.Programmes;
import org.commonplace.forum.control.ForumViews.BoardView;
import org.commonplace.forum.entity.Board;
import org.commonplace.platform.persistence.DatabaseValues;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.time.AppClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The boards of a cohort: every new cohort starts with General, Pain points, Wins and lessons. */
@ApplicationScoped
public class Boards {
    static final List<String[]> DEFAULTS = List.of(
            new String[]{"General", "Introductions, questions and news for the whole cohort."},
            new String[]{"Pain points", "Problems several of us have: name them, say \"we have this too\", solve them together."},
            new String[]{"Wins and lessons", "What worked, what did not, and what we learned from it."});

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Access access;
    @Inject AppClock clock;

    /** Runs in the transaction that created the cohort. */
    void createDefaults(@Observes CohortCreated event) {
        int position = 0;
        for (String[] board : DEFAULTS) {
            em.persist(new Board(event.cohortId(), board[0], Programmes.slug(board[0]), board[1], position++, clock.now()));
        }
    }

    @Transactional
    public List<BoardView> of(Viewer viewer, long cohortId) {
        access.requireCohortVisible(viewer, cohortId);
        List<Board> boards = em.createQuery("select b from Board b where b.cohortId = :c order by b.position, b.name", Board.class)
                .setParameter("c", cohortId).getResultList();
        // native, because JPQL would run max() of a converted attribute through the converter,
        // which PostgreSQL's driver answers with a Timestamp
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT board_id, COUNT(*), MAX(last_activity_at) FROM forum_thread "
                + "WHERE cohort_id = ? AND hidden = FALSE GROUP BY board_id").setParameter(1, cohortId).getResultList();
        Map<Long, Object[]> stats = rows.stream().collect(Collectors.toMap(r -> DatabaseValues.number(r[0]), r -> r));
        return boards.stream().map(b -> {
            Object[] s = stats.get(b.id());
            return view(b, s == null ? 0 : DatabaseValues.number(s[1]), s == null ? null : DatabaseValues.instant(s[2]));
        }).toList();
    }

    @Transactional
    public long create(Viewer viewer, long cohortId, String name, String description) {
        access.requireCoordinator(viewer);
        access.requireCohortVisible(viewer, cohortId);
        new Invalid.Collector()
                .check(name != null && !name.isBlank(), "name", "Give the board a name.")
                .check(name == null || name.strip().length() <= 100, "name", "Keep the name under 100 characters.")
                .check(description == null || description.length() <= 500, "description", "Keep the description under 500 characters.")
                .throwIfAny();
        String slug = Programmes.slug(name);
        if (!em.createQuery("select b.id from Board b where b.cohortId = :c and b.slug = :s", Long.class)
                .setParameter("c", cohortId).setParameter("s", slug).getResultList().isEmpty()) {
            throw Invalid.field("name", "This cohort has a board of that name already.");
        }
        int position = em.createQuery("select count(b) from Board b where b.cohortId = :c", Long.class)
                .setParameter("c", cohortId).getSingleResult().intValue();
        Board board = new Board(cohortId, name.strip(), slug, description, position, clock.now());
        em.persist(board);
        em.flush();
        return board.id();
    }

    /** The board if the viewer may see it; "not found" otherwise, also when it exists. */
    Board visible(Viewer viewer, long boardId) {
        access.requireSignedIn(viewer);
        Board board = em.find(Board.class, boardId);
        if (board == null || !access.maySeeCohort(viewer, board.cohortId())) throw new NotVisible("board");
        return board;
    }

    static BoardView view(Board b, long threadCount, Instant lastActivity) {
        return new BoardView(b.id(), b.cohortId(), b.name(), b.slug(), b.description(), threadCount, lastActivity);
    }
}
