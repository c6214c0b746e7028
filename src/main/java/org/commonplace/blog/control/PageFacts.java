package org.commonplace.blog.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.commonplace.platform.persistence.DatabaseValues;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The facts a public page's validators are made of, read with one plain JDBC query outside any
 * transaction. Every anonymous request for a post or list asks for them, so they skip the
 * persistence context and the transaction manager, which cost more than the query itself
 * (measured: bench/results/blog-load.md). Read-only, and never part of a use case's transaction.
 */
@ApplicationScoped
public class PageFacts {
    /** A published post's version and the time its comments last changed, with the public blog's change counter. */
    public record PostFacts(long postId, long version, Instant commentsChangedAt, Instant updatedAt, long epoch, Instant epochChangedAt) { }

    @Resource(lookup = "java:app/jdbc/commonplace")
    DataSource dataSource;

    /** The published post at this (current) address. */
    public Optional<PostFacts> post(String slug) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT p.id, p.version, p.comments_changed_at, p.updated_at, b.epoch, b.changed_at "
                     + "FROM blog_post p, blog_state b WHERE p.slug = ? AND p.status = 'PUBLISHED' AND b.id = 1")) {
            s.setString(1, slug);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new PostFacts(r.getLong(1), r.getLong(2), DatabaseValues.instant(r.getObject(3)),
                        DatabaseValues.instant(r.getObject(4)), r.getLong(5), DatabaseValues.instant(r.getObject(6))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The blog's page facts could not be read", e);
        }
    }

    /** The public blog's change counter and when it last moved. */
    public BlogState.Epoch epoch() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT epoch, changed_at FROM blog_state WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new BlogState.Epoch(r.getLong(1), DatabaseValues.instant(r.getObject(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("The blog's change counter could not be read", e);
        }
    }
}
