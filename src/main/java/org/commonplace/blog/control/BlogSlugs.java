package org.commonplace.blog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.blog.entity.BlogPost;
import org.commonplace.blog.entity.BlogSlug;

import java.time.Instant;
import java.util.Optional;

/**
 * Post addresses. A post's address follows its title; every address it ever had stays reserved
 * for it in blog_slug, so an old link keeps leading to it (301) and never to another post. Joins
 * the caller's transaction.
 */
@ApplicationScoped
public class BlogSlugs {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    /** A free address for a title: "title", else "title-2", "title-3" … (addresses of {@code postId} count as free). */
    String freeFor(String title, Long postId) {
        String base = BlogInput.slug(title);
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            BlogSlug taken = em.find(BlogSlug.class, candidate);
            if (taken == null || postId != null && taken.postId() == postId) return candidate;
        }
    }

    /** Records the post's current address as one of its addresses (once). */
    void remember(BlogPost post, Instant now) {
        if (em.find(BlogSlug.class, post.slug()) == null) em.persist(new BlogSlug(post.slug(), post.id(), now));
    }

    /** The post whose current address this is. */
    Optional<BlogPost> current(String slug) {
        return em.createQuery("select p from BlogPost p where p.slug = :s", BlogPost.class).setParameter("s", slug)
                .getResultStream().findFirst();
    }

    /** The post that once had this address (now another). */
    Optional<BlogPost> former(String slug) {
        BlogSlug old = em.find(BlogSlug.class, slug);
        return old == null ? Optional.empty() : Optional.ofNullable(em.find(BlogPost.class, old.postId()));
    }
}
