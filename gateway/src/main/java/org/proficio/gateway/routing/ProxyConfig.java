package org.proficio.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the gateway talks to the services behind it. */
@ConfigMapping(prefix = "proficio.gateway.proxy")
public interface ProxyConfig {

    /** How long to wait for a connection to a service before answering 503. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a service may stay silent (no response bytes) before the gateway gives up and answers 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Upper bound of pooled HTTP/1.1 connections per service. */
    @WithDefault("100")
    int maxConnectionsPerService();

    /** How long an idle pooled connection to a service is kept open. */
    @WithDefault("60s")
    Duration keepAliveTimeout();
}
