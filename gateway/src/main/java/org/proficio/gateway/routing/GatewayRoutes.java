package org.proficio.gateway.routing;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.proficio.gateway.problem.ProblemResponses;
import org.proficio.gateway.problem.ProblemType;

/**
 * Puts the route table on the Quarkus HTTP router: everything below {@code /api}, {@code /ims} and {@code /xapi}
 * goes to its owner, or gets a 404 problem if no service owns it. Token checks, CORS and request ids have already
 * run by the time these handlers see a request.
 */
@Singleton
public class GatewayRoutes {

    private final RouteTable routeTable;
    private final UpstreamProxy proxy;

    public GatewayRoutes(RouteTable routeTable, UpstreamProxy proxy) {
        this.routeTable = routeTable;
        this.proxy = proxy;
    }

    void register(@Observes Router router) {
        for (String segment : routeTable.firstSegments()) {
            router.route("/" + segment + "/*").handler(this::route);
        }
    }

    private void route(RoutingContext context) {
        // Matched on the normalized path, the same one that is forwarded: "/api/v1/evidence/../../q" can't
        // reach a route (or a service endpoint) it wasn't matched to.
        String path = context.normalizedPath();
        RouteTemplates.of(context)
                .ifPresentOrElse(
                        route -> proxy.forward(context, route),
                        () -> ProblemResponses.send(
                                context, ProblemType.ROUTE_NOT_FOUND, "No Proficio service serves " + path + "."));
    }
}
