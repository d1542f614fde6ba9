package org.proficio.gateway.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.proficio.gateway.problem.ProblemResponses;
import org.proficio.gateway.problem.ProblemType;
import org.proficio.gateway.routing.RouteTable;

/**
 * Gives the gateway's answers to unauthenticated requests a problem+json body. The rule itself is the HTTP
 * permission policy in application.properties ({@code authenticated} on {@code /api/*}, {@code /ims/*},
 * {@code /xapi/*}); Quarkus enforces it, but answers with an empty body. So, on the same (routed) paths:
 *
 * <ul>
 *   <li>No token: Quarkus' challenge for an anonymous caller ends the response without a body and offers no hook,
 *       so a handler placed between authentication and authorization answers anonymous callers first (401).
 *   <li>A bad or expired token: authentication fails the routing context after the OIDC challenge (401 and
 *       {@code WWW-Authenticate}) was set; a failure handler adds the body.
 *   <li>Keycloak unreachable, so tokens can't be checked: Quarkus would answer a bare 500; the failure handler
 *       answers 503, since the caller may simply retry later.
 * </ul>
 *
 * Without this class the same requests are still rejected (by the policy), only without a body.
 */
@Singleton
public class AuthenticationProblems {

    /** Between authentication (route order -200) and authorization (-100) of Quarkus' HTTP security. */
    static final int ROUTE_ORDER = -150;

    private static final Logger LOG = Logger.getLogger(AuthenticationProblems.class);
    private static final String BEARER_CHALLENGE = "Bearer";

    private final RouteTable routeTable;

    public AuthenticationProblems(RouteTable routeTable) {
        this.routeTable = routeTable;
    }

    void register(@Observes Router router) {
        for (String segment : routeTable.firstSegments()) {
            String path = "/" + segment + "/*";
            router.route(path).order(ROUTE_ORDER).handler(this::requireIdentity);
            router.route(path).failureHandler(this::answerFailedAuthentication);
        }
    }

    private void requireIdentity(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous()) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        ProblemResponses.send(
                context,
                ProblemType.AUTHENTICATION_REQUIRED,
                "Send an access token from the Proficio realm as 'Authorization: Bearer <token>'.");
    }

    private void answerFailedAuthentication(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended()) {
            context.next();
        } else if (failure instanceof AuthenticationFailedException) {
            if (context.response().headers().get(HttpHeaderNames.WWW_AUTHENTICATE) == null) {
                context.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, BEARER_CHALLENGE);
            }
            ProblemResponses.send(
                    context,
                    ProblemType.AUTHENTICATION_REQUIRED,
                    "The access token is invalid or expired; get a new one from the Proficio realm.");
        } else if (causedBy(failure, OIDCException.class)) {
            LOG.warnf("Token not checked, the OIDC server is unavailable: %s", failure.getMessage());
            ProblemResponses.send(
                    context,
                    ProblemType.TOKEN_ISSUER_UNAVAILABLE,
                    "The access token can't be checked right now (Keycloak is unreachable); try again later.");
        } else {
            context.next();
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
