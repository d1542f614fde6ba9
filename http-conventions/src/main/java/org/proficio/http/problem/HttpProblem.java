package org.proficio.http.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.proficio.http.requestid.RequestIds;

/**
 * An RFC 9457 problem detail written at the HTTP layer, before (or instead of) any resource: by the gateway, and by
 * every server for requests refused before routing (too large, unmatched, rejected by CORS). {@code requestId} is
 * an extension member, so a client can quote it to support and it can be found in the logs. The services' resources
 * write the same shape through platform's {@code ProblemMappers}.
 */
public record HttpProblem(int status, String slug, String title, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Every Proficio problem type is a URN with this prefix, so clients branch on one scheme. */
    public static final String TYPE_PREFIX = "urn:proficio:problem:";

    /** A problem about the request of {@code context}: {@code instance} is its path, with its request id. */
    public static HttpProblem of(RoutingContext context, int status, String slug, String title, String detail) {
        return new HttpProblem(status, slug, title, detail, context.normalizedPath(), RequestIds.of(context));
    }

    /** A problem for a bare status: the standard reason phrase as title, its slug as type. */
    public static HttpProblem ofStatus(RoutingContext context, int status, String detail) {
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        return of(context, status, slugOf(reason), reason, detail);
    }

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }

    public Buffer toBuffer() {
        JsonObject json = new JsonObject()
                .put("type", type(slug))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json.toBuffer();
    }

    /** 413: the body is larger than its route takes. */
    public static HttpProblem payloadTooLarge(RoutingContext context, String detail) {
        return of(context, 413, "payload-too-large", "Payload too large", detail);
    }

    /** Answers the request with this problem, unless an answer was already started. */
    public void send(RoutingContext context) {
        if (context.response().headWritten()) {
            return;
        }
        // Quarkus pauses every request until a handler reads it; drain an unread body so the connection stays usable.
        if (!context.request().isEnded()) {
            context.request().resume();
        }
        write(context);
    }

    /**
     * Answers and closes the connection afterwards: for a request whose body is refused unread (too large), so the
     * rest of it is never read as the next request.
     */
    public void sendAndClose(RoutingContext context) {
        if (context.response().headWritten()) {
            return;
        }
        closeAfterAnswer(context);
        write(context);
    }

    /** How long a refused body is still read, and dropped, after the answer before the connection closes. */
    static final long LINGER_MILLIS = 2000;

    /**
     * Marks the answer of a request whose body is refused unread as the connection's last ({@code Connection:
     * close}) and closes the connection after it. Until the client has sent the rest of its body (or for at most
     * {@link #LINGER_MILLIS}), what it sends is read and dropped: closing while a client still writes makes its write
     * fail before it reads the answer (a "broken pipe" instead of the 413), and a body of any size is never read as
     * the next request.
     */
    public static void closeAfterAnswer(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE).endHandler(ended -> {
            if (request.isEnded()) {
                request.connection().close();
                return;
            }
            long timer = context.vertx()
                    .setTimer(LINGER_MILLIS, t -> request.connection().close());
            try {
                request.handler(dropped -> {})
                        .endHandler(end -> {
                            context.vertx().cancelTimer(timer);
                            request.connection().close();
                        })
                        .resume();
            } catch (IllegalStateException alreadyRead) {
                context.vertx().cancelTimer(timer);
                request.connection().close();
            }
        });
    }

    private void write(RoutingContext context) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(toBuffer());
    }

    /** The type slug of a status's reason phrase: {@code Request Entity Too Large} is {@code request-entity-too-large}. */
    public static String slugOf(String reason) {
        return reason.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
