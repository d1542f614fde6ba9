package org.proficio.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/**
 * Where the services behind the gateway listen. A base URL is scheme, host and port, optionally with a path
 * prefix that is put in front of every forwarded path.
 */
@ConfigMapping(prefix = "proficio.gateway.upstreams")
public interface UpstreamsConfig {

    /** Base URL of competency-service (frameworks, CASE, Moodle import). */
    @WithDefault("http://localhost:8081")
    URI competency();

    /** Base URL of assessment-service (evidence, assessments, xAPI). */
    @WithDefault("http://localhost:8082")
    URI assessment();

    /** Base URL of progression-service (mastery and progress). */
    @WithDefault("http://localhost:8083")
    URI progression();

    /** Base URL of support-service (interventions). */
    @WithDefault("http://localhost:8084")
    URI support();

    /** The base URL configured for one service. */
    default URI baseUrl(Upstream upstream) {
        return switch (upstream) {
            case COMPETENCY -> competency();
            case ASSESSMENT -> assessment();
            case PROGRESSION -> progression();
            case SUPPORT -> support();
        };
    }
}
