package org.proficio.http.limits;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.proficio.http.HttpConventionsConfig;
import org.proficio.http.problem.HttpProblem;
import org.proficio.http.requestid.RequestIdFilter;

/**
 * Refuses requests larger than their route accepts before anything else reads them: a request target longer than
 * {@code proficio.http.limits.max-uri-length} (414) and a body larger than its route group's limit (413), both as
 * problem+json. A body sent with {@code Content-Length} is refused unread; a chunked one is held to the same limit
 * ({@link #maxBodySize}) by whoever reads it: the gateway's proxy as it streams, a service before its resource.
 *
 * <p>Quarkus' own {@code quarkus.http.limits.max-body-size} stays as the outer bound and must be at least the largest
 * group's limit; its {@code max-initial-line-length} must be larger than the URI limit, so that long URIs reach this
 * filter instead of being refused by the HTTP decoder with an empty answer.
 */
@Singleton
public class RequestLimits {

    /** Right after the request id is assigned, so the refusal carries it; before CORS and the token check. */
    static final int PRIORITY = RequestIdFilter.PRIORITY - 10;

    private final int maxUriLength;
    private final long defaultMaxBody;
    private final List<Group> groups;

    public RequestLimits(HttpConventionsConfig config) {
        this.maxUriLength = config.limits().maxUriLength();
        this.defaultMaxBody = config.limits().maxBodySize().asLongValue();
        this.groups = config.limits().bodyGroups().values().stream()
                .flatMap(group -> group.paths().stream()
                        .map(path -> new Group(
                                stripTrailingSlash(path), group.maxBodySize().asLongValue())))
                // the longest path wins, so a group may carve a narrower limit out of a wider one
                .sorted(Comparator.comparingInt((Group group) -> group.path().length())
                        .reversed())
                .toList();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /** The body limit of a (normalized) path. */
    public long maxBodySize(String path) {
        for (Group group : groups) {
            if (group.covers(path)) {
                return group.maxBody();
            }
        }
        return defaultMaxBody;
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri != null && uri.length() > maxUriLength) {
            HttpProblem.of(
                            context,
                            414,
                            "uri-too-long",
                            "URI too long",
                            "The request target is " + uri.length() + " characters long; at most " + maxUriLength
                                    + " are accepted.")
                    .sendAndClose(context);
            return;
        }
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        long limit = maxBodySize(context.normalizedPath());
        if (length != null && parseLength(length) > limit) {
            HttpProblem.payloadTooLarge(
                            context,
                            "The body is " + length + " bytes; " + context.normalizedPath() + " accepts at most "
                                    + limit + " bytes.")
                    .sendAndClose(context);
            return;
        }
        context.next();
    }

    /** Netty has already refused a malformed Content-Length; a value beyond long is simply too large. */
    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private record Group(String path, long maxBody) {

        boolean covers(String requestPath) {
            return requestPath.equals(path) || requestPath.startsWith(path + "/");
        }
    }
}
