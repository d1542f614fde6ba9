package org.proficio.gateway.routing;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.proficio.gateway.routing.RouteTable.Route;
import org.proficio.http.metrics.UnmatchedRequests;

/**
 * Finds each request's route once, before the token check: the route's pattern tags the HTTP metrics ({@code
 * /api/v1/learners/{learnerId}/progress/**}), so that a request refused there (401) is tagged with its route and
 * never with its raw path (paths no route owns keep http-conventions' {@code UNMATCHED}); {@link GatewayRoutes}
 * proxies to the route found here ({@link #of}).
 */
@Singleton
public class RouteTemplates {

    /** After http-conventions' UnmatchedRequests, before its RequestLimits, CORS (300) and authentication (200). */
    static final int PRIORITY = 495;

    private static final String ROUTE = RouteTemplates.class.getName();

    private final RouteTable routeTable;

    public RouteTemplates(RouteTable routeTable) {
        this.routeTable = routeTable;
    }

    void register(@Observes Filters filters) {
        filters.register(this::tag, PRIORITY);
    }

    private void tag(RoutingContext context) {
        Optional<Route> route = routeTable.resolve(context.normalizedPath());
        context.put(ROUTE, route);
        route.ifPresent(found -> Vertx.currentContext()
                .putLocal(UnmatchedRequests.URL_PATH_TEMPLATE, found.pattern().pattern()));
        context.next();
    }

    /** The route of the request, found on its normalized path (the one that is forwarded), if any owns it. */
    static Optional<Route> of(RoutingContext context) {
        return context.get(ROUTE);
    }
}
