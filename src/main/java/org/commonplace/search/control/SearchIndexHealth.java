package org.commonplace.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/**
 * Ready only once this node's search index answers. A node without one (its first start, or a new
 * node of a cluster building its own index from the database) would answer every search with
 * nothing, and a load balancer asking /health would send people to it. While a newer index is
 * built, the previous one answers, so the node stays ready.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {
    static final String NAME = "search-index";

    @Inject SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        // no data beside the status: /health is public, and a document count would tell anyone how
        // much private workspace and cohort content the hub holds (coordinators see progress in /admin/search)
        // the response's constructor, not HealthCheckResponse.named(): no provider lookup, so it also works in unit tests
        return new HealthCheckResponse(NAME, index.open() ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
