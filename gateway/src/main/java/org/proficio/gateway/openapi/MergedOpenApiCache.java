package org.proficio.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.proficio.gateway.openapi.OpenApiMerger.DocumentInfo;
import org.proficio.gateway.routing.RouteTable;
import org.proficio.http.limits.RequestLimits;

/**
 * Keeps the merged document and rebuilds it when it is older than the refresh interval. Rebuilding happens on
 * demand (nobody asks, nothing is fetched), once at a time: concurrent requests share one rebuild.
 */
@Singleton
public class MergedOpenApiCache {

    private static final Logger LOG = Logger.getLogger(MergedOpenApiCache.class);

    private final OpenApiFetcher fetcher;
    private final OpenApiMerger merger;
    private final ObjectMapper jsonMapper;
    private final YAMLMapper yamlMapper = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    private final Duration refreshInterval;
    private final AtomicReference<MergedOpenApi> current = new AtomicReference<>();
    private final AtomicReference<Future<MergedOpenApi>> rebuilding = new AtomicReference<>();

    public MergedOpenApiCache(
            OpenApiFetcher fetcher,
            RouteTable routeTable,
            OpenApiConfig config,
            ObjectMapper jsonMapper,
            RequestLimits limits) {
        this.fetcher = fetcher;
        this.merger = new OpenApiMerger(
                routeTable,
                new DocumentInfo(config.title(), config.version(), config.issuerUrl()),
                limits::maxBodySize);
        this.jsonMapper = jsonMapper;
        this.refreshInterval = config.refreshInterval();
    }

    /** The current document, rebuilt first if it is missing or stale. Never fails for a down service. */
    public Future<MergedOpenApi> document() {
        MergedOpenApi document = current.get();
        if (document != null && System.nanoTime() - document.builtAtNanos() < refreshInterval.toNanos()) {
            return Future.succeededFuture(document);
        }
        return rebuild();
    }

    private Future<MergedOpenApi> rebuild() {
        Promise<MergedOpenApi> promise = Promise.promise();
        Future<MergedOpenApi> running = rebuilding.compareAndExchange(null, promise.future());
        if (running != null) {
            return running;
        }
        // Merging and rendering a few documents takes milliseconds: fine on the event loop.
        fetcher.fetchAll().map(this::build).onComplete(result -> {
            if (result.succeeded()) {
                current.set(result.result());
            }
            rebuilding.set(null);
            promise.handle(result);
        });
        return promise.future();
    }

    private MergedOpenApi build(List<ServiceDocument> outcomes) {
        outcomes.stream()
                .filter(ServiceDocument.Missing.class::isInstance)
                .map(ServiceDocument.Missing.class::cast)
                .forEach(missing -> LOG.warnf(
                        "OpenAPI document of %s left out: %s", missing.service().serviceName(), missing.reason()));
        ObjectNode merged = merger.merge(outcomes);
        try {
            return new MergedOpenApi(
                    Buffer.buffer(jsonMapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged)),
                    Buffer.buffer(yamlMapper.writeValueAsBytes(merged)),
                    System.nanoTime());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Merged OpenAPI document could not be rendered", e);
        }
    }
}
