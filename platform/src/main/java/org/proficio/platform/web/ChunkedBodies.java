package org.proficio.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.proficio.http.limits.RequestLimits;

/**
 * Reads a chunked request body (one sent without {@code Content-Length}) before the resource does, up to its route's
 * limit, so that one past the limit is a 413 problem+json (http-conventions' FailureProblems answers the Vert.x body
 * handler's refusal); the resource's own reader would answer it with an empty 413. The resource then reads the body
 * from memory, as it would have buffered it anyway to parse it (multipart forms excepted, see {@link #isMultipart}). A body with {@code Content-Length} is refused or let
 * through by {@link RequestLimits} before this, and streams as before.
 */
@Singleton
public class ChunkedBodies {

    /** After RequestLimits, which refuses a declared length over the limit. */
    static final int PRIORITY = 0;

    private final RequestLimits limits;

    public ChunkedBodies(RequestLimits limits) {
        this.limits = limits;
    }

    void register(@Observes Filters filters) {
        filters.register(this::read, PRIORITY);
    }

    private void read(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && !isMultipart(context)) {
            context.request().resume();
            BodyHandler.create(false)
                    .setBodyLimit(limits.maxBodySize(context.normalizedPath()))
                    .handle(context);
            return;
        }
        context.next();
    }

    /**
     * A multipart form is left to the resource's multipart reader, which streams its file parts to disk within
     * Quarkus' outer body limit: a body handler here would consume the parts before that reader sees them.
     */
    private static boolean isMultipart(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
