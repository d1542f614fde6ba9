package org.proficio.http.headers;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.proficio.http.HttpConventionsConfig;
import org.proficio.http.requestid.RequestIdFilter;

/**
 * Puts the headers that keep browsers from misusing API answers on every response, errors and proxied answers
 * included, unless the response already has its own value: no MIME sniffing, no framing, no referrer, and no
 * caching unless the resource allows it.
 */
@Singleton
public class SecurityHeaders {

    /** Installed right after the request id, so that even the earliest refusals carry the headers. */
    static final int PRIORITY = RequestIdFilter.PRIORITY - 1;

    static final String CACHE_CONTROL = "Cache-Control";
    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    private static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private final String cacheControl;
    private final Optional<String> strictTransportSecurity;

    public SecurityHeaders(HttpConventionsConfig config) {
        this.cacheControl = config.headers().cacheControl();
        this.strictTransportSecurity = config.headers().strictTransportSecurity();
    }

    void register(@Observes Filters filters) {
        filters.register(this::install, PRIORITY);
    }

    private void install(RoutingContext context) {
        context.addHeadersEndHandler(ended -> {
            MultiMap headers = context.response().headers();
            ALWAYS.forEach((name, value) -> setIfAbsent(headers, name, value));
            setIfAbsent(headers, CACHE_CONTROL, cacheControl);
            strictTransportSecurity.ifPresent(value -> setIfAbsent(headers, STRICT_TRANSPORT_SECURITY, value));
        });
        context.next();
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
