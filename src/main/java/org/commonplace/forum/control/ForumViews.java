package org.commonplace.forum.control;

import java.time.Instant;
import java.util.List;

/** What the boundaries get to see of the forum: plain records, never entities. */
public final class ForumViews {
    private ForumViews() { }

    public record Page<T>(List<T> items, int page, int size, long total) {
        public int pages() { return total == 0 ? 1 : (int) ((total + size - 1) / size); }
    }

    public record Person(long id, String displayName, String organisation) { }

    public record BoardView(long id, long cohortId, String name, String slug, String description,
                            long threadCount, Instant lastActivityAt) { }

    public record ThreadSummary(long id, long boardId, long cohortId, String title, String kind, String status,
                                List<String> tags, Person author, Instant createdAt, Instant lastActivityAt,
                                int replyCount, long organisationsAffected, boolean pinned, boolean locked,
                                boolean unread, int newReplies, boolean hidden) { }

    public record ReplyTo(long id, int position, String author, String excerpt) { }

    public record PostView(long id, int position, Person author, String body, String bodyHtml, ReplyTo replyTo,
                           Instant createdAt, Instant editedAt, boolean deleted, boolean mayChange, boolean answer,
                           Reactions.Counts reactions, boolean hidden) { }

    public record ThreadDetail(ThreadSummary thread, BoardView board, String cohortName, Page<PostView> posts,
                               boolean endorsedByMe, boolean mayEndorse, boolean mayChangeStatus,
                               Integer answerPosition, boolean mayMarkAnswer, boolean mayModerate, String watchLevel) {
        /** The page (of the standard size) on which the answer is. */
        public Integer answerPage() {
            return answerPosition == null ? null : (answerPosition - 1) / Threads.POSTS_PER_PAGE + 1;
        }
    }

    public record Endorsements(long threadId, long organisations, boolean endorsedByMe) { }
}
