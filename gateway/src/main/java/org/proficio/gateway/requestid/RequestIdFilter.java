package org.proficio.gateway.requestid;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/**
 * Gives every request an X-Request-Id: the client's own if it is sane, else a new UUID. The id replaces the
 * request header (so the proxy forwards exactly this value), is echoed on the response and put in the logging MDC.
 */
@Singleton
public class RequestIdFilter {

    /**
     * Runs before CORS (300) and authentication (200), so even a rejected preflight or a 401 carries the id the
     * client can quote.
     */
    static final int PRIORITY = 400;

    private final int maxLength;

    public RequestIdFilter(RequestIdConfig config) {
        this.maxLength = config.maxLength();
    }

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    private void assign(RoutingContext context) {
        String requestId = RequestIds.accept(context.request().getHeader(RequestIds.HEADER), maxLength)
                .orElseGet(RequestIds::newId);
        RequestIds.attach(context, requestId);
        context.request().headers().set(RequestIds.HEADER, requestId);
        context.response().putHeader(RequestIds.HEADER, requestId);
        // Quarkus keeps the MDC in the request's duplicated Vert.x context, so this doesn't leak across requests.
        MDC.put(RequestIds.MDC_KEY, requestId);
        context.next();
    }
}
