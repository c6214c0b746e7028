package org.commonplace.blog.control;

import org.commonplace.blog.entity.BlogPost;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a cover image's files are named and addressed: {@code <postId>-<key>-<width>.<type>} under
 * {@code <data dir>/blog/covers/}, served at {@code /blog/covers/<postId>/<key>-<width>.<type>}. The
 * key is random and new at every upload, so a file's content never changes and may be cached for
 * good.
 */
public final class CoverNames {
    private CoverNames() { }

    static List<Integer> widths(BlogPost post) {
        if (post.coverWidths() == null || post.coverWidths().isBlank()) return List.of();
        return Arrays.stream(post.coverWidths().split(",")).map(Integer::parseInt).sorted().toList();
    }

    static String file(long postId, String key, int width, String type) {
        return postId + "-" + key + "-" + width + "." + type;
    }

    static String url(long postId, String key, int width, String type) {
        return "/blog/covers/" + postId + "/" + key + "-" + width + "." + type;
    }

    /** The cover as pages show it, or null. */
    static BlogViews.Cover of(BlogPost post) {
        List<Integer> widths = widths(post);
        if (!post.hasCover() || widths.isEmpty()) return null;
        String srcset = widths.stream().map(w -> url(post.id(), post.coverKey(), w, post.coverType()) + " " + w + "w")
                .collect(Collectors.joining(", "));
        int middle = widths.get(Math.min(1, widths.size() - 1));
        int largest = widths.get(widths.size() - 1);
        return new BlogViews.Cover(url(post.id(), post.coverKey(), middle, post.coverType()), srcset,
                url(post.id(), post.coverKey(), largest, post.coverType()), largest, post.coverAlt() == null ? "" : post.coverAlt());
    }

    /** The width in a served file name "<key>-<width>.<type>", if it is one of the post's current cover files. */
    static Integer widthOf(BlogPost post, String fileName) {
        if (!post.hasCover()) return null;
        for (int w : widths(post)) {
            if (fileName.equals(post.coverKey() + "-" + w + "." + post.coverType())) return w;
        }
        return null;
    }
}
