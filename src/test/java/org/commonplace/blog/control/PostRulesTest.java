package org.commonplace.blog.control;

import org.commonplace.access.Access;
import org.commonplace.access.Role;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogPost;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may take which step in which state, and who sees a post that is not public. */
class PostRulesTest {
    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    static final Viewer AUTHOR = new Viewer(1L, "mentor1", "Mina", Role.MENTOR, null, Set.of(10L));
    static final Viewer REVIEWER = new Viewer(2L, "coordinator", "Cora", Role.COORDINATOR, null, Set.of());
    static final Viewer OTHER_MENTOR = new Viewer(3L, "mentor2", "Marek", Role.MENTOR, null, Set.of(11L));
    static final Viewer PARTNER = new Viewer(4L, "partner1", "Pat", Role.PARTNER, 7L, Set.of(10L));
    final Access access = new Access();

    static BlogPost post() {
        return new BlogPost(1L, "Title", "title", "", "Body", Set.of(), NOW);
    }

    PostRules rules(Viewer viewer, BlogPost post, List<String> waiting) {
        return new PostRules(viewer, post, access.mayReviewBlogPosts(viewer), waiting);
    }

    @Test
    void only_the_author_edits_and_submits_a_draft() {
        BlogPost p = post();
        assertThat(rules(AUTHOR, p, List.of()).actions().edit()).isTrue();
        assertThat(rules(AUTHOR, p, List.of()).maySubmit()).isTrue();
        assertThat(rules(REVIEWER, p, List.of()).mayEdit()).isFalse();
        assertThat(rules(REVIEWER, p, List.of()).mayReview()).isFalse(); // not submitted: nothing to review
        p.submit(NOW);
        assertThat(rules(AUTHOR, p, List.of()).mayEdit()).isFalse();
        assertThat(rules(AUTHOR, p, List.of()).mayReturnToDraft()).isTrue();
    }

    @Test
    void a_reviewer_approves_a_post_in_review_but_not_their_own() {
        BlogPost p = post();
        p.submit(NOW);
        assertThat(rules(REVIEWER, p, List.of()).mayApprove()).isTrue();
        assertThat(rules(OTHER_MENTOR, p, List.of()).mayApprove()).isFalse();
        BlogPost own = new BlogPost(2L, "Mine", "mine", "", "Body", Set.of(), NOW);
        own.submit(NOW);
        assertThat(rules(REVIEWER, own, List.of()).mayApprove()).isFalse();
    }

    @Test
    void publishing_needs_approval_and_every_consent() {
        BlogPost p = post();
        p.submit(NOW);
        assertThat(rules(AUTHOR, p, List.of()).mayPublish()).isFalse();
        p.approve(2L, NOW);
        assertThat(rules(AUTHOR, p, List.of("Pat")).mayPublish()).isFalse();
        assertThat(rules(AUTHOR, p, List.of()).mayPublish()).isTrue();
        assertThat(rules(REVIEWER, p, List.of()).mayPublish()).isTrue();
        assertThat(rules(OTHER_MENTOR, p, List.of()).mayPublish()).isFalse();
        p.publish(NOW);
        assertThat(rules(AUTHOR, p, List.of()).mayUnpublish()).isTrue();
        assertThat(rules(AUTHOR, p, List.of()).mayEdit()).isFalse();
        assertThat(rules(AUTHOR, p, List.of()).mayReturnToDraft()).isFalse(); // unpublish first
        p.unpublish(NOW);
        p.returnToDraft(NOW);
        assertThat(p.approvedAt()).isNull(); // a changed text is reviewed again
    }

    @Test
    void a_post_that_is_not_public_is_seen_by_its_author_and_once_submitted_by_reviewers_and_those_asked() {
        assertThat(access.maySeeBlogPost(Viewer.ANONYMOUS, true, 1, true, false)).isTrue();
        assertThat(access.maySeeBlogPost(Viewer.ANONYMOUS, false, 1, true, false)).isFalse();
        assertThat(access.maySeeBlogPost(AUTHOR, false, 1, false, false)).isTrue();
        assertThat(access.maySeeBlogPost(REVIEWER, false, 1, false, false)).isFalse(); // a draft never submitted
        assertThat(access.maySeeBlogPost(REVIEWER, false, 1, true, false)).isTrue();
        assertThat(access.maySeeBlogPost(PARTNER, false, 1, true, true)).isTrue();
        assertThat(access.maySeeBlogPost(PARTNER, false, 1, true, false)).isFalse();
        assertThat(access.maySeeBlogPost(OTHER_MENTOR, false, 1, true, false)).isFalse();
    }

    @Test
    void mentors_and_coordinators_write_and_partners_where_their_programme_allows() {
        assertThat(access.mayWriteBlogPosts(AUTHOR, false)).isTrue();
        assertThat(access.mayWriteBlogPosts(REVIEWER, false)).isTrue();
        assertThat(access.mayWriteBlogPosts(PARTNER, false)).isFalse();
        assertThat(access.mayWriteBlogPosts(PARTNER, true)).isTrue();
        assertThat(access.mayWriteBlogPosts(Viewer.ANONYMOUS, true)).isFalse();
    }
}
