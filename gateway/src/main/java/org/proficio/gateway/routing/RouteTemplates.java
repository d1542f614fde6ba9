package org.proficio.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.proficio.http.metrics.UnmatchedRequests;

/**
 * Tags each request's HTTP metrics with the pattern of the route it belongs to ({@code
 * /api/v1/learners/{learnerId}/progress/**}), decided before the token check, so that a request refused there (401)
 * is tagged with its route and never with its raw path. Paths no route owns keep http-conventions' {@code
 * UNMATCHED}.
 */
@Singleton
public class RouteTemplates {

    /** After http-conventions' UnmatchedRequests, before its RequestLimits, CORS (300) and authentication (200). */
    static final int PRIORITY = 495;

    private final RouteTable routeTable;

    public RouteTemplates(RouteTable routeTable) {
        this.routeTable = routeTable;
    }

    void register(@Observes Filters filters) {
        filters.register(this::tag, PRIORITY);
    }

    private void tag(RoutingContext context) {
        routeTable
                .resolve(context.normalizedPath())
                .ifPresent(route -> Vertx.currentContext()
                        .putLocal(
                                UnmatchedRequests.URL_PATH_TEMPLATE,
                                route.pattern().pattern()));
        context.next();
    }
}
