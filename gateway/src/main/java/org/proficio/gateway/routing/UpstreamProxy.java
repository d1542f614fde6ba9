package org.proficio.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.proficio.gateway.routing.RouteTable.Route;
import org.proficio.http.limits.RequestLimits;

/**
 * Forwards requests to the owning service with the Vert.x HTTP proxy, over one pooled HTTP client shared by all
 * services. Streaming, hop-by-hop headers and body handling are the library's; what the gateway adds lives in
 * {@link UpstreamExchange}.
 */
@Singleton
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    /**
     * WebSocket tunnelling is off: it would bypass the interceptors (and with them path normalization), and no
     * service offers WebSockets.
     */
    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    private final HttpClient client;
    private final UpstreamOrigins origins;
    private final ProxyConfig config;
    private final RequestLimits limits;

    public UpstreamProxy(Vertx vertx, UpstreamOrigins origins, ProxyConfig config, RequestLimits limits) {
        this.origins = origins;
        this.config = config;
        this.limits = limits;
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout(
                                Math.toIntExact(config.connectTimeout().toMillis()))
                        .setKeepAliveTimeout(
                                Math.toIntExact(config.keepAliveTimeout().toSeconds()))
                        // Bodies pass through byte for byte; the client decides about compression.
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()));
    }

    /** Proxies the request of {@code context} to the owner of {@code route}; the response is written when it comes. */
    public void forward(RoutingContext context, Route route) {
        UpstreamOrigin origin = origins.of(route.owner());
        long start = System.nanoTime();
        context.addEndHandler(done -> LOG.infof(
                "%s %s -> %s %d (%d ms)",
                context.request().method(),
                context.normalizedPath(),
                origin.upstream().serviceName(),
                context.response().getStatusCode(),
                (System.nanoTime() - start) / 1_000_000));
        // A proxy instance is a few small objects; one per request lets the interceptor know this request's
        // normalized path and request id without smuggling them through shared state.
        HttpProxy.reverseProxy(PROXY_OPTIONS, client)
                .origin(proxyContext -> connect(proxyContext, origin))
                .addInterceptor(new UpstreamExchange(
                        context, origin, config.responseTimeout(), limits.maxBodySize(context.normalizedPath())))
                .handle(context.request());
    }

    private Future<HttpClientRequest> connect(ProxyContext proxyContext, UpstreamOrigin origin) {
        RequestOptions options = new RequestOptions()
                .setHost(origin.host())
                .setPort(origin.port())
                .setSsl(origin.ssl())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.responseTimeout().toMillis());
        // Failing to connect is told apart from failing later: the first means "down" (503), not "timed out".
        return proxyContext
                .client()
                .request(options)
                .recover(failure -> Future.failedFuture(new UpstreamUnavailableException(origin.upstream(), failure)));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
