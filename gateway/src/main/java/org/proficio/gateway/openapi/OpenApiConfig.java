package org.proficio.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway builds the one OpenAPI document of the platform. */
@ConfigMapping(prefix = "proficio.gateway.openapi")
public interface OpenApiConfig {

    /** How long a merged document is served before the services' documents are fetched again. */
    @WithDefault("30s")
    Duration refreshInterval();

    /** How long to wait for one service's document before leaving that service out. */
    @WithDefault("5s")
    Duration fetchTimeout();

    /** Path and query of each service's own OpenAPI document (JSON). */
    @WithDefault("/q/openapi?format=json")
    String servicePath();

    /** Title of the merged document. */
    @WithDefault("Proficio API")
    String title();

    /** Version of the merged document. */
    @WithDefault("${quarkus.application.version:0.1.0-SNAPSHOT}")
    String version();

    /** Keycloak realm URL (OIDC issuer) named by the document's security schemes, as browsers reach it. */
    @WithDefault("${quarkus.oidc.auth-server-url:http://localhost:8180/realms/proficio}")
    String issuerUrl();
}
