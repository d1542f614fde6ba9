package org.proficio.gateway.cors;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.proficio.gateway.problem.ProblemResponses;
import org.proficio.gateway.problem.ProblemType;

/**
 * CORS for the frontend teams' apps, with Vert.x Web's {@link CorsHandler} (preflights, allow and expose headers).
 * A request from an origin that is not allowed is refused here with a 403 problem+json naming the origin (Quarkus'
 * and Vert.x's own refusals have no body), before the token check, so a browser learns nothing else. Requests
 * without an {@code Origin}, or from the gateway's own origin (Swagger UI), need no CORS.
 */
@Singleton
public class CorsPolicy {

    /** Where Quarkus' own CORS filter sits: before authentication (200), after request ids and limits. */
    static final int PRIORITY = 300;

    private static final Set<HttpMethod> METHODS = Set.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    private final List<String> exactOrigins;
    private final List<Pattern> originPatterns;
    private final CorsHandler cors;

    public CorsPolicy(CorsConfig config) {
        List<String> origins = config.origins().orElse(List.of()).stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
        this.exactOrigins =
                origins.stream().filter(origin -> !isPattern(origin)).toList();
        List<String> patterns = origins.stream()
                .filter(CorsPolicy::isPattern)
                .map(origin -> origin.substring(1, origin.length() - 1))
                .toList();
        this.originPatterns = patterns.stream().map(Pattern::compile).toList();
        this.cors = CorsHandler.create()
                .addOrigins(exactOrigins)
                .addOriginsWithRegex(patterns)
                .allowedMethods(METHODS)
                .exposedHeaders(Set.copyOf(config.exposedHeaders()))
                .maxAgeSeconds(Math.toIntExact(config.maxAge().toSeconds()))
                .allowCredentials(false);
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || isOwnOrigin(context, origin)) {
            context.next();
        } else if (allowed(origin)) {
            cors.handle(context);
        } else {
            ProblemResponses.send(
                    context,
                    ProblemType.CORS_REJECTED,
                    "Pages from this origin may not call the Proficio API; the district's administrators"
                            + " list the allowed origins.");
        }
    }

    private boolean allowed(String origin) {
        return exactOrigins.contains(origin)
                || originPatterns.stream()
                        .anyMatch(pattern -> pattern.matcher(origin).matches());
    }

    /** A page served by the gateway itself (Swagger UI) sends its own origin on POSTs: no CORS involved. */
    private static boolean isOwnOrigin(RoutingContext context, String origin) {
        String authority = context.request().authority() == null
                ? null
                : context.request().authority().toString();
        return authority != null && origin.equalsIgnoreCase(context.request().scheme() + "://" + authority);
    }

    private static boolean isPattern(String origin) {
        return origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/");
    }
}
