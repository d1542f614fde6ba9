package org.proficio.gateway.problem;

import io.vertx.ext.web.RoutingContext;
import org.proficio.http.problem.HttpProblem;

/** The gateway's own problems, in the wire format every Proficio server shares (http-conventions' HttpProblem). */
public final class ProblemResponses {

    private ProblemResponses() {}

    /** A problem about the current request: {@code instance} is its path, {@code requestId} its request id. */
    public static HttpProblem forRequest(RoutingContext context, ProblemType kind, String detail) {
        return HttpProblem.of(context, kind.status(), kind.slug(), kind.title(), detail);
    }

    /** Answers the current request with a problem of this kind. */
    public static void send(RoutingContext context, ProblemType kind, String detail) {
        forRequest(context, kind, detail).send(context);
    }
}
