package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commonplace.access.Viewer;
import org.commonplace.blog.entity.BlogEvent;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.platform.config.Settings;
import org.commonplace.platform.problem.Conflict;
import org.commonplace.platform.problem.Invalid;
import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotVisible;
import org.commonplace.platform.problem.ProblemException;
import org.commonplace.platform.problem.UnsupportedType;
import org.commonplace.platform.time.AppClock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A post's cover image: received up to the size limit, its type taken from its content (JPEG or
 * PNG, whatever the file is called), its pixel count checked from the header before it is decoded,
 * then re-encoded at up to three widths (480, 960, 1600; never enlarged). Re-encoding also drops
 * the camera's metadata (location, device). The files are written before the short transaction
 * that points the post at them; the replaced files are deleted only after that commits
 * (docs/decisions/0016-blog-cover-images.md).
 */
@ApplicationScoped
public class CoverImages {
    private static final Logger LOG = Logger.getLogger(CoverImages.class.getName());

    /** A cover file on disk and how to serve it. */
    public record CoverFile(Path path, String contentType, boolean published) { }

    /** Files that are no longer any post's cover: deleted once the change has committed. */
    public record Replaced(List<Path> files) { }

    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject BlogTimeline timeline;
    @Inject BlogLimits limits;
    @Inject Settings settings;
    @Inject BlogPosts posts;
    @Inject AppClock clock;
    @Inject CoverImages self;
    @Inject jakarta.enterprise.event.Event<Replaced> replaced;

    /** Uploads a new cover for the post (its author, while it can be edited). */
    public BlogViews.Cover upload(Viewer viewer, long postId, InputStream content, String alt) {
        self.requireMayChange(viewer, postId);
        String altText = BlogInput.optional(alt, BlogInput.ALT_MAX, "alt");
        if (content == null) throw Invalid.field("cover", "Choose an image file.");
        byte[] bytes = read(content, limits.coverMaxBytes());
        if (bytes.length == 0) throw Invalid.field("cover", "This file is empty: choose another one.");
        CoverResizing.Resized resized = CoverResizing.resize(bytes, limits.coverMaxPixels());
        String key = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        List<Path> written = new ArrayList<>();
        try {
            for (CoverResizing.Variant v : resized.variants()) {
                written.add(write(CoverNames.file(postId, key, v.width(), resized.type()), v.bytes()));
            }
            String widths = resized.variants().stream().map(v -> Integer.toString(v.width())).collect(Collectors.joining(","));
            return self.attach(viewer, postId, key, resized.type(), widths, altText);
        } catch (RuntimeException e) {
            written.forEach(CoverImages::delete);
            throw e;
        }
    }

    @Transactional
    public void requireMayChange(Viewer viewer, long postId) {
        changeable(viewer, postId);
    }

    @Transactional
    public BlogViews.Cover attach(Viewer viewer, long postId, String key, String type, String widths, String alt) {
        BlogPost post = changeable(viewer, postId);
        List<Path> old = files(post);
        post.cover(key, type, widths, alt, clock.now());
        timeline.record(new BlogEvent(postId, viewer.accountId(), BlogEvent.Kind.COVER_CHANGED, alt, clock.now()));
        replaced.fire(new Replaced(old));
        return CoverNames.of(post);
    }

    @Transactional
    public void remove(Viewer viewer, long postId) {
        BlogPost post = changeable(viewer, postId);
        if (!post.hasCover()) return;
        List<Path> old = files(post);
        post.cover(null, null, null, null, clock.now());
        timeline.record(new BlogEvent(postId, viewer.accountId(), BlogEvent.Kind.COVER_CHANGED, "removed", clock.now()));
        replaced.fire(new Replaced(old));
    }

    /** The file of a cover width, for who may see the post; 404 for anything else (also a replaced cover). */
    @Transactional
    public CoverFile file(Viewer viewer, long postId, String fileName) {
        BlogPost post = posts.visible(viewer, postId);
        Integer width = CoverNames.widthOf(post, fileName);
        if (width == null) throw new NotVisible("image");
        Path path = dir().resolve(CoverNames.file(postId, post.coverKey(), width, post.coverType()));
        if (!Files.isRegularFile(path)) throw new NotVisible("image");
        return new CoverFile(path, "png".equals(post.coverType()) ? "image/png" : "image/jpeg", post.published());
    }

    void afterReplace(@Observes(during = TransactionPhase.AFTER_SUCCESS) Replaced old) {
        old.files().forEach(CoverImages::delete);
    }

    private BlogPost changeable(Viewer viewer, long postId) {
        BlogPost post = posts.visible(viewer, postId);
        if (viewer.accountId() != post.authorId()) throw new NotAllowed("The post's author chooses its cover.");
        if (!post.status().editable()) throw new Conflict("Take the post back to draft to change its cover.");
        return post;
    }

    private List<Path> files(BlogPost post) {
        if (!post.hasCover()) return List.of();
        return CoverNames.widths(post).stream()
                .map(w -> dir().resolve(CoverNames.file(post.id(), post.coverKey(), w, post.coverType()))).toList();
    }

    Path dir() {
        return settings.dataDir().resolve("blog").resolve("covers");
    }

    private Path write(String name, byte[] bytes) {
        try {
            Files.createDirectories(dir());
            Path temp = Files.createTempFile(dir(), "cover", ".tmp");
            Files.write(temp, bytes);
            Path target = dir().resolve(name);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads at most {@code max} bytes; one more is a 413 that names the limit. */
    private byte[] read(InputStream content, long max) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) throw new CoverTooLarge(limits.coverLimitText());
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the cover file " + file, e);
        }
    }

    /** 413 that says which limit (not the general request one). */
    static final class CoverTooLarge extends ProblemException {
        CoverTooLarge(String limit) {
            super(413, "Too large", "A cover image may be at most " + limit + ".");
        }
    }

    static UnsupportedType notAnImage() {
        return new UnsupportedType("A cover image is a JPEG or PNG picture.");
    }
}
