package org.proficio.gateway.cors;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Which browser apps may call the API from another origin. */
@ConfigMapping(prefix = "proficio.gateway.cors")
public interface CorsConfig {

    /**
     * Origins ({@code scheme://host[:port]}) whose pages may call the API; none means same origin only. An entry
     * between slashes is a regular expression ({@code /https://.*\.district\.example/}).
     */
    Optional<List<String>> origins();

    /** Response headers a page's script may read. */
    @WithDefault("X-Request-Id,ETag,Location")
    List<String> exposedHeaders();

    /** How long a browser may keep a preflight answer. */
    @WithDefault("10m")
    Duration maxAge();
}
