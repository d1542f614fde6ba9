package org.proficio.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.proficio.gateway.requestid.RequestIds;

/** Writes problem details as the response of a routing context: the one place their wire format is decided. */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** A problem about the current request: {@code instance} is its path, {@code requestId} its request id. */
    public static Problem forRequest(RoutingContext context, ProblemType kind, String detail) {
        return new Problem(kind, detail, context.normalizedPath(), RequestIds.of(context));
    }

    public static void send(RoutingContext context, Problem problem) {
        // Quarkus pauses every request until a handler reads it; drain an unread body so the connection stays usable.
        if (!context.request().isEnded()) {
            context.request().resume();
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(problem.toBuffer());
    }
}
