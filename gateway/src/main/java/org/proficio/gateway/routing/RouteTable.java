package org.proficio.gateway.routing;

import static org.proficio.gateway.routing.Upstream.ASSESSMENT;
import static org.proficio.gateway.routing.Upstream.COMPETENCY;
import static org.proficio.gateway.routing.Upstream.PROGRESSION;
import static org.proficio.gateway.routing.Upstream.SUPPORT;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Which service owns which public path: the one place the gateway's routing is defined (mirrored as a table in
 * gateway/README.md and docs/conventions.md). Paths are matched after normalization (dot segments removed), so a
 * request can't climb out of the route it matched.
 *
 * <p>Learner sub-resources belong to different services: the segment after the learner id decides the owner.
 * {@code /api/v1/learners/{learnerId}/profile} is the gateway's own aggregate and is deliberately not listed.
 */
@Singleton
public class RouteTable {

    /** The route table. One owner per path; patterns don't overlap, so order doesn't matter. */
    public static final List<Route> PROFICIO_ROUTES = List.of(
            Route.of("/api/v1/frameworks/**", COMPETENCY),
            Route.of("/api/v1/case/**", COMPETENCY),
            Route.of("/api/v1/moodle/**", COMPETENCY),
            Route.of("/api/v1/competencies/**", COMPETENCY),
            Route.of("/api/v1/rubrics/**", COMPETENCY),
            Route.of("/api/v1/resources/**", COMPETENCY),
            Route.of("/api/v1/courses/**", COMPETENCY),
            Route.of("/api/v1/pathways/**", COMPETENCY),
            Route.of("/api/v1/scales/**", COMPETENCY),
            Route.of("/ims/case/**", COMPETENCY),
            Route.of("/api/v1/evidence/**", ASSESSMENT),
            Route.of("/api/v1/evidence-settings/**", ASSESSMENT),
            Route.of("/api/v1/assessments/**", ASSESSMENT),
            Route.of("/api/v1/moderation/**", ASSESSMENT),
            Route.of("/api/v1/raters/**", ASSESSMENT),
            Route.of("/api/v1/xapi/**", ASSESSMENT),
            Route.of("/xapi/**", ASSESSMENT),
            Route.of("/api/v1/learners/{learnerId}/evidence/**", ASSESSMENT),
            Route.of("/api/v1/learners/{learnerId}/preparations/**", ASSESSMENT),
            Route.of("/api/v1/learners/{learnerId}/readiness/**", ASSESSMENT),
            Route.of("/api/v1/learners/{learnerId}/readiness-confirmations/**", ASSESSMENT),
            Route.of("/api/v1/learners/{learnerId}/progress/**", PROGRESSION),
            Route.of("/api/v1/mastery-policies/**", PROGRESSION),
            Route.of("/api/v1/mastery-decisions/**", PROGRESSION),
            Route.of("/api/v1/learners", PROGRESSION),
            Route.of("/api/v1/learners/{learnerId}", PROGRESSION),
            Route.of("/api/v1/learners/{learnerId}/plan/**", PROGRESSION),
            Route.of("/api/v1/schools/**", PROGRESSION),
            Route.of("/api/v1/enrollments/**", PROGRESSION),
            Route.of("/api/v1/insights/**", PROGRESSION),
            Route.of("/api/v1/pacing-settings/**", PROGRESSION),
            Route.of("/api/v1/oneroster/**", PROGRESSION),
            Route.of("/api/v1/learners/{learnerId}/interventions/**", SUPPORT),
            Route.of("/api/v1/interventions/**", SUPPORT));

    private final List<Route> routes;

    public RouteTable() {
        this(PROFICIO_ROUTES);
    }

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The route owning a normalized request path (or an OpenAPI path template), if any. */
    public Optional<Route> resolve(String path) {
        return routes.stream().filter(route -> route.pattern().matches(path)).findFirst();
    }

    /** The distinct first path segments ({@code api}, {@code ims}, {@code xapi}): the gateway proxies below them. */
    public List<String> firstSegments() {
        return routes.stream()
                .map(route -> route.pattern().firstSegment())
                .distinct()
                .toList();
    }

    public List<Route> routes() {
        return routes;
    }

    /** One row of the table: a path pattern and the service that owns it. */
    public record Route(RoutePattern pattern, Upstream owner) {

        public static Route of(String pattern, Upstream owner) {
            return new Route(RoutePattern.parse(pattern), owner);
        }
    }
}
