package org.proficio.http.requestid;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id rules: which header, which client values are kept, where the id of a request is kept. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** MDC key, so every log line written while handling a request can show its id ({@code %X{requestId}}). */
    public static final String MDC_KEY = "requestId";

    private static final String CONTEXT_KEY = RequestIds.class.getName();

    /**
     * Ids go into logs, headers and problem details: letters, digits and a few URL- and log-safe punctuation marks
     * only, so a client can't inject line breaks, quotes or markup.
     */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._~:+=/-]+");

    private RequestIds() {}

    /** The client's id if it is sane and not longer than {@code maxLength}. */
    public static Optional<String> accept(String clientValue, int maxLength) {
        if (clientValue == null
                || clientValue.length() > maxLength
                || !SANE.matcher(clientValue).matches()) {
            return Optional.empty();
        }
        return Optional.of(clientValue);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    static void attach(RoutingContext context, String requestId) {
        context.put(CONTEXT_KEY, requestId);
    }

    /** The id assigned to this request, or {@code null} if none was (only for requests outside the filter). */
    public static String of(RoutingContext context) {
        return context == null ? null : context.get(CONTEXT_KEY);
    }
}
