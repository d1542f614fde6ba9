package org.proficio.gateway.requestid;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which client-sent request ids the gateway keeps. */
@ConfigMapping(prefix = "proficio.gateway.request-id")
public interface RequestIdConfig {

    /** Longest client-sent X-Request-Id kept; longer ones are replaced by a new UUID. */
    @WithDefault("128")
    int maxLength();
}
