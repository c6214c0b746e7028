package org.commonplace.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.forum.entity.Board;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Search before you post": while someone types a new thread's title, the cohort's threads whose
 * titles share its words. A database query for now; the search index replaces it when it exists.
 */
@ApplicationScoped
public class SimilarThreads {
    private static final int MAX = 5;
    private static final Set<String> STOP = Set.of("with", "that", "this", "from", "have", "what", "when", "where",
            "which", "about", "there", "their", "they", "does", "your", "into", "than", "then", "them", "were", "will");

    public record Similar(long id, String title, String kind, int replyCount) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Boards boards;

    @Transactional
    public List<Similar> to(Viewer viewer, long boardId, String title) {
        Board board = boards.visible(viewer, boardId);
        List<String> words = words(title);
        if (words.isEmpty()) return List.of();
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("lower(t.title) like :w").append(i);
        }
        var query = em.createQuery("select t.id, t.title, t.kind, t.postCount from ForumThread t where t.cohortId = :c "
                + "and t.hidden = false and (" + where + ")", Object[].class).setParameter("c", board.cohortId());
        for (int i = 0; i < words.size(); i++) query.setParameter("w" + i, "%" + words.get(i) + "%");
        return query.setMaxResults(200).getResultStream()
                .map(r -> new Scored(new Similar((Long) r[0], (String) r[1], r[2].toString(), Math.max(0, (Integer) r[3] - 1)),
                        words.stream().filter(w -> ((String) r[1]).toLowerCase(Locale.ROOT).contains(w)).count()))
                .sorted(Comparator.comparingLong(Scored::score).reversed())
                .limit(MAX).map(Scored::similar).toList();
    }

    private record Scored(Similar similar, long score) { }

    /** Significant words: four letters or more, not the commonest ones, at most eight. */
    static List<String> words(String title) {
        if (title == null) return List.of();
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4 && !STOP.contains(w))
                .map(w -> w.replace("%", "").replace("_", ""))
                .distinct().limit(8).toList();
    }
}
