package org.proficio.competency.casepackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.ProblemTypes;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem+json, from its
 * Content-Length, before a byte of it is read. (Quarkus's own check, just after this one, answers 413 with an empty
 * body; a CASE package is the largest body this service takes, which is why this lives here.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String announced = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = announced == null ? -1 : Long.parseLong(announced.strip());
        } catch (NumberFormatException e) {
            length = -1; // not ours to judge: Vert.x refuses a malformed length itself
        }
        if (length <= maxBytes) {
            context.next();
            return;
        }
        Problem problem = new Problem(
                ProblemTypes.uri("payload-too-large"),
                "Payload too large",
                413,
                "The body has " + length + " bytes; at most " + maxBytes + " are taken.",
                context.request().path(),
                List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always JSON", e);
        }
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
