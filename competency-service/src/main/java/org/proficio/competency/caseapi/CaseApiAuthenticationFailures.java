package org.proficio.competency.caseapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A token that fails authentication (expired, forged, malformed) is refused by the HTTP security layer before any
 * resource runs, so the resource's exception mappers never see it. On the CASE paths this failure handler answers it
 * the standard's way: 401 with {@code imsx_StatusInfo} ({@code unauthorisedrequest}). Other paths are left alone.
 */
@ApplicationScoped
public class CaseApiAuthenticationFailures {

    private final ObjectMapper json;

    public CaseApiAuthenticationFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route(CaseApiResource.ROOT + "/*").failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!isAuthenticationFailure(context) || context.response().headWritten()) {
            context.next();
            return;
        }
        try {
            String body = json.writeValueAsString(ImsxStatusInfo.failure(
                    "The bearer token is missing, expired or not valid.",
                    "Authorization",
                    ImsxStatusInfo.UNAUTHORISED_REQUEST));
            context.response()
                    .setStatusCode(401)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader("WWW-Authenticate", "Bearer")
                    .end(body);
        } catch (JsonProcessingException e) {
            context.next();
        }
    }

    private static boolean isAuthenticationFailure(RoutingContext context) {
        for (Throwable t = context.failure(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailedException || t instanceof UnauthorizedException) {
                return true;
            }
        }
        return context.failure() == null && context.statusCode() == 401;
    }
}
