package org.proficio.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.proficio.gateway.routing.UpstreamOrigin;
import org.proficio.gateway.routing.UpstreamOrigins;

/**
 * Reports, as data, which services the gateway can reach. The check itself is always UP: with a service down the
 * gateway still serves everything else (and a 503 problem for that service's paths), so taking the gateway out of
 * rotation would only make things worse. Liveness has no checks of its own.
 */
@Readiness
@Singleton
public class UpstreamsReadinessCheck implements AsyncHealthCheck {

    private final WebClient webClient;
    private final UpstreamOrigins origins;
    private final HealthConfig config;

    public UpstreamsReadinessCheck(Vertx vertx, UpstreamOrigins origins, HealthConfig config) {
        this.webClient = WebClient.create(
                vertx,
                new WebClientOptions()
                        .setConnectTimeout(Math.toIntExact(config.probeTimeout().toMillis())));
        this.origins = origins;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<UpstreamOrigin> all = origins.all();
        List<Future<String>> probes = all.stream().map(this::probe).toList();
        Future<HealthCheckResponse> response = Future.join(probes).map(done -> {
            HealthCheckResponseBuilder builder =
                    HealthCheckResponse.named("upstreams").up();
            for (int i = 0; i < all.size(); i++) {
                builder.withData(
                        all.get(i).upstream().serviceName(), probes.get(i).result());
            }
            return builder.build();
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }

    private Future<String> probe(UpstreamOrigin origin) {
        return webClient
                .getAbs(origin.url(config.probePath()))
                .timeout(config.probeTimeout().toMillis())
                .send()
                .map(response -> "reachable (HTTP " + response.statusCode() + ")")
                .otherwise("unreachable");
    }

    @PreDestroy
    void close() {
        webClient.close();
    }
}
