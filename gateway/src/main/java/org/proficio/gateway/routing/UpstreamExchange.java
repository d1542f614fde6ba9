package org.proficio.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.proficio.gateway.problem.ProblemResponses;
import org.proficio.gateway.problem.ProblemType;
import org.proficio.http.problem.HttpProblem;
import org.proficio.http.requestid.RequestIds;

/**
 * What the gateway does to one proxied exchange: forwards the normalized path (the one the route was matched on),
 * holds a chunked body to its route's size limit, and turns an unreachable or silent service into a problem+json
 * answer. Everything else, including the Authorization header, passes unchanged. The client's Host is not
 * forwarded: services build links from their configured public base URL, never from a header a client sets.
 */
final class UpstreamExchange implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamExchange.class);
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";

    private final RoutingContext routingContext;
    private final UpstreamOrigin origin;
    private final Duration responseTimeout;
    private final long maxBodySize;

    UpstreamExchange(RoutingContext routingContext, UpstreamOrigin origin, Duration responseTimeout, long maxBodySize) {
        this.routingContext = routingContext;
        this.origin = origin;
        this.responseTimeout = responseTimeout;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = routingContext.request();
        ProxyRequest outgoing = context.request();
        String query = incoming.query();
        outgoing.setURI(origin.pathPrefix() + routingContext.normalizedPath() + (query == null ? "" : "?" + query));
        addForwardedHeaders(incoming, outgoing.headers());
        if (outgoing.getBody() != null && outgoing.getBody().length() < 0) {
            // No Content-Length (RequestLimits checked a declared one): count the chunks as they pass.
            outgoing.setBody(Body.body(new LimitedBodyStream(outgoing.getBody().stream(), maxBodySize), -1));
        }
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        // The gateway already put its X-Request-Id and its CORS headers on the response; a service's own copies
        // would duplicate them (and duplicated CORS headers make browsers reject the response).
        headers.remove(RequestIds.HEADER);
        headers.names().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
                .toList()
                .forEach(headers::remove);
        return context.sendResponse();
    }

    private static void addForwardedHeaders(HttpServerRequest incoming, MultiMap headers) {
        if (incoming.remoteAddress() != null) {
            String forwardedFor = headers.get(X_FORWARDED_FOR);
            String client = incoming.remoteAddress().hostAddress();
            headers.set(X_FORWARDED_FOR, forwardedFor == null ? client : forwardedFor + ", " + client);
        }
        if (!headers.contains(X_FORWARDED_PROTO)) {
            headers.set(X_FORWARDED_PROTO, incoming.scheme());
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        String service = origin.upstream().serviceName();
        HttpProblem problem;
        if (failure instanceof LimitedBodyStream.TooLarge) {
            problem = HttpProblem.payloadTooLarge(
                    routingContext,
                    "The body is larger than the " + maxBodySize + " bytes " + routingContext.normalizedPath()
                            + " accepts.");
            // The rest of an oversized body is not read.
            HttpProblem.closeAfterAnswer(routingContext);
        } else if (failure instanceof UpstreamUnavailableException) {
            LOG.warnf("%s", failure.getMessage());
            problem = ProblemResponses.forRequest(
                    routingContext,
                    ProblemType.UPSTREAM_UNAVAILABLE,
                    service + " is unavailable right now; try again later.");
        } else if (failure instanceof TimeoutException) {
            LOG.warnf("%s did not answer within %s", service, describe(responseTimeout));
            problem = ProblemResponses.forRequest(
                    routingContext,
                    ProblemType.UPSTREAM_TIMEOUT,
                    service + " did not answer within " + describe(responseTimeout) + ".");
        } else {
            LOG.warnf("%s failed during the exchange: %s", service, failure.toString());
            problem = ProblemResponses.forRequest(
                    routingContext, ProblemType.UPSTREAM_FAILED, service + " closed the exchange without an answer.");
        }
        // release() drains what is left of the client's request body, so the connection stays usable.
        return context.request()
                .release()
                .response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, HttpProblem.MEDIA_TYPE)
                .setBody(Body.body(problem.toBuffer()));
    }
}
