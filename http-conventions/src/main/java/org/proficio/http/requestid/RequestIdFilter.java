package org.proficio.http.requestid;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;
import org.proficio.http.HttpConventionsConfig;

/**
 * Gives every request an X-Request-Id: the client's own (the gateway's, for a service) if it is sane, else a new
 * UUID. The id replaces the request header (so a proxy forwards exactly this value), is echoed on the response, put
 * in the logging MDC and in every problem detail.
 */
@Singleton
public class RequestIdFilter {

    /** Before everything else this library does, CORS (300) and authentication (200): every answer carries it. */
    public static final int PRIORITY = 500;

    private final int maxLength;

    public RequestIdFilter(HttpConventionsConfig config) {
        this.maxLength = config.requestId().maxLength();
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
