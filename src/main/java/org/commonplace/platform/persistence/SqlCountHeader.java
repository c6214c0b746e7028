package org.commonplace.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.commonplace.platform.config.Settings;

/**
 * In test mode, a request with the header X-Count-Sql gets X-Sql-Statements back: the number of
 * SQL statements the request caused (sign-in lookup included).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class SqlCountHeader implements ContainerRequestFilter, ContainerResponseFilter {
    static final String ASK = "X-Count-Sql";
    static final String ANSWER = "X-Sql-Statements";

    @Inject Settings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        if (counting(request)) SqlStatementCounter.start();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (counting(request)) response.getHeaders().putSingle(ANSWER, SqlStatementCounter.stop());
    }

    private boolean counting(ContainerRequestContext request) {
        return "test".equalsIgnoreCase(settings.mode()) && request.getHeaderString(ASK) != null;
    }
}
