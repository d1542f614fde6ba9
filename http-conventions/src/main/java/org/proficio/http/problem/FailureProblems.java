package org.proficio.http.problem;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Gives a problem+json body to the HTTP layer's own refusals, which Vert.x and Quarkus answer with an empty body or
 * an HTML page: a request no route matches (404), a path matched with another method (405), every handler that
 * fails the request with a status ({@code ctx.fail(403)} from CORS, {@code ctx.fail(413)} from a body reader, ...),
 * and an unexpected exception of a route (500, logged with a reference, never the exception itself). Security
 * failures are left to the handlers made for them (Quarkus' challenge, the gateway's AuthenticationProblems).
 */
@Singleton
public class FailureProblems {

    private static final Logger LOG = Logger.getLogger(FailureProblems.class);

    /** Before Quarkus' own failure handler, which is the router's last. */
    static final int ROUTE_ORDER = RouteConstants.ROUTE_ORDER_DEFAULT - 1;

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).failureHandler(this::answerFailedStatus);
        router.errorHandler(
                404,
                context -> HttpProblem.ofStatus(context, 404, "Nothing is served at " + context.normalizedPath() + ".")
                        .send(context));
        router.errorHandler(
                405,
                context -> HttpProblem.ofStatus(
                                context,
                                405,
                                context.request().method() + " is not allowed on " + context.normalizedPath() + ".")
                        .send(context));
    }

    private void answerFailedStatus(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || (status < 400 && !unexpected(context.failure()))) {
            context.next();
            return;
        }
        if (status < 400 || status == 500) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(
                    context.failure(), "unexpected failure of %s, reference %s", context.normalizedPath(), reference);
            HttpProblem.of(
                            context,
                            500,
                            "internal",
                            "Internal error",
                            "Something went wrong on our side; reference " + reference + ".")
                    .send(context);
            return;
        }
        HttpProblem.ofStatus(context, status, detail(status)).send(context);
    }

    /** An exception no handler owns: not a security failure (those have their own answers). */
    private static boolean unexpected(Throwable failure) {
        return failure != null
                && !(failure instanceof AuthenticationException)
                && !(failure instanceof UnauthorizedException)
                && !(failure instanceof ForbiddenException)
                && !failure.getClass().getName().startsWith("io.quarkus.oidc.");
    }

    private static String detail(int status) {
        return switch (status) {
            case 403 -> "This request is not allowed.";
            case 413 -> "The request body is larger than this route accepts.";
            case 414 -> "The request URI is longer than this server accepts.";
            case 415 -> "This route does not accept that content type.";
            default ->
                status >= 500 ? "Something went wrong on our side; quote the request id." : "The request was refused.";
        };
    }
}
