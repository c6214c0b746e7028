package org.commonplace.blog.control;

import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogPost.Status;

import java.util.List;

/**
 * Who may take which step of a post's workflow, in which state. The services check these before
 * acting (answering 403 or 409), and the pages ask the same rules which buttons to show.
 *
 * @param reviewer the viewer reviews posts (Access.mayReviewBlogPosts)
 * @param waitingFor the people and organisations whose consent does not cover the current text
 */
record PostRules(Viewer viewer, BlogPost post, boolean reviewer, List<String> waitingFor) {

    boolean author() { return viewer.signedIn() && viewer.accountId() == post.authorId(); }

    boolean authorOrReviewer() { return author() || reviewer; }

    Status status() { return post.status(); }

    boolean mayEdit() { return author() && status().editable(); }

    boolean maySubmit() { return mayEdit(); }

    boolean mayReturnToDraft() {
        return author() && (status() == Status.IN_REVIEW || status() == Status.APPROVED || status() == Status.SCHEDULED
                || status() == Status.UNPUBLISHED);
    }

    /** Nobody reviews their own post: another coordinator does. */
    boolean mayReview() { return reviewer && !author() && post.submitted() && status() != Status.DRAFT; }

    boolean mayApprove() { return mayReview() && status() == Status.IN_REVIEW; }

    boolean mayRequestChanges() { return mayReview() && (status() == Status.IN_REVIEW || status() == Status.APPROVED); }

    /** Approved (and not taken back since), every consent covering the text. */
    boolean consentsComplete() { return waitingFor.isEmpty(); }

    boolean mayPublish() {
        return authorOrReviewer() && post.approvedAt() != null && consentsComplete()
                && (status() == Status.APPROVED || status() == Status.SCHEDULED || status() == Status.UNPUBLISHED);
    }

    boolean maySchedule() { return mayPublish(); }

    boolean mayUnschedule() { return authorOrReviewer() && status() == Status.SCHEDULED; }

    boolean mayUnpublish() { return authorOrReviewer() && status() == Status.PUBLISHED; }

    BlogViews.Actions actions() {
        return new BlogViews.Actions(mayEdit(), maySubmit(), mayReturnToDraft(), mayReview(), mayApprove(),
                mayPublish(), maySchedule(), mayUnschedule(), mayUnpublish());
    }
}
