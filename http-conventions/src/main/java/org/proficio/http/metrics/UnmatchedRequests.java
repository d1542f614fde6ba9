package org.proficio.http.metrics;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.proficio.http.requestid.RequestIdFilter;

/**
 * Keeps raw paths out of the HTTP metrics. Quarkus tags {@code http.server.requests} with the route template a
 * resource (or the gateway's route table) puts in the request's context; a request refused before any route matched
 * (401, 413, CORS) has none and would be tagged with its raw path, learner ids and object ids included, and a client
 * could fill the tag limit with made-up paths. Every request therefore starts out tagged {@value #TEMPLATE}; a matched
 * route replaces it with its template.
 */
@Singleton
public class UnmatchedRequests {

    /** The context local Quarkus' Micrometer binder reads the route template from. */
    public static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    /** The tag of requests no route matched. */
    public static final String TEMPLATE = "UNMATCHED";

    static final int PRIORITY = RequestIdFilter.PRIORITY - 2;

    void register(@Observes Filters filters) {
        filters.register(this::tagUnmatched, PRIORITY);
    }

    private void tagUnmatched(RoutingContext context) {
        Vertx.currentContext().putLocal(URL_PATH_TEMPLATE, TEMPLATE);
        context.next();
    }
}
