package org.proficio.gateway.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the readiness check looks at the services behind the gateway. */
@ConfigMapping(prefix = "proficio.gateway.health")
public interface HealthConfig {

    /** Path each service is probed at on its public port (its health is on the management interface); any HTTP answer counts as reachable. */
    @WithDefault("/q/openapi")
    String probePath();

    /** How long one probe may take before the service is reported unreachable. */
    @WithDefault("2s")
    Duration probeTimeout();
}
