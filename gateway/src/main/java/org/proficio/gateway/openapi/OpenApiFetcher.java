package org.proficio.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.proficio.gateway.routing.UpstreamOrigin;
import org.proficio.gateway.routing.UpstreamOrigins;

/** Fetches every service's own OpenAPI document, concurrently and without blocking. */
@Singleton
public class OpenApiFetcher {

    private final WebClient webClient;
    private final UpstreamOrigins origins;
    private final OpenApiConfig config;
    private final ObjectMapper objectMapper;

    public OpenApiFetcher(Vertx vertx, UpstreamOrigins origins, OpenApiConfig config, ObjectMapper objectMapper) {
        this.webClient = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setConnectTimeout(Math.toIntExact(config.fetchTimeout().toMillis()))
                        .setTryUseCompression(true));
        this.origins = origins;
        this.config = config;
        this.objectMapper = objectMapper;
    }

    /** One outcome per service; never fails: a service that can't be fetched is {@link ServiceDocument.Missing}. */
    public Future<List<ServiceDocument>> fetchAll() {
        List<Future<ServiceDocument>> fetches =
                origins.all().stream().map(this::fetch).toList();
        return Future.join(fetches)
                .map(done -> fetches.stream().map(Future::result).toList());
    }

    private Future<ServiceDocument> fetch(UpstreamOrigin origin) {
        return webClient
                .getAbs(origin.url(config.servicePath()))
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json")
                .timeout(config.fetchTimeout().toMillis())
                .send()
                .map(response -> parse(origin, response))
                .otherwise(failure ->
                        new ServiceDocument.Missing(origin.upstream(), String.valueOf(failure.getMessage())));
    }

    private ServiceDocument parse(UpstreamOrigin origin, HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            return new ServiceDocument.Missing(origin.upstream(), "answered HTTP " + response.statusCode());
        }
        try {
            JsonNode document = objectMapper.readTree(response.bodyAsBuffer().getBytes());
            if (document instanceof ObjectNode object && object.has("openapi")) {
                return new ServiceDocument.Fetched(origin.upstream(), object);
            }
            return new ServiceDocument.Missing(origin.upstream(), "answered something that is not an OpenAPI document");
        } catch (IOException | RuntimeException e) {
            return new ServiceDocument.Missing(origin.upstream(), "answered unparseable JSON: " + e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        webClient.close();
    }
}
