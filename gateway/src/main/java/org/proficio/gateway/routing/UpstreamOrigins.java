package org.proficio.gateway.routing;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The configured base URL of every service, parsed once (so a bad URL fails the start, not a request). */
@Singleton
public class UpstreamOrigins {

    private final Map<Upstream, UpstreamOrigin> origins = new EnumMap<>(Upstream.class);

    public UpstreamOrigins(UpstreamsConfig config) {
        for (Upstream upstream : Upstream.values()) {
            origins.put(upstream, UpstreamOrigin.of(upstream, config.baseUrl(upstream)));
        }
    }

    public UpstreamOrigin of(Upstream upstream) {
        return origins.get(upstream);
    }

    public List<UpstreamOrigin> all() {
        return List.copyOf(origins.values());
    }
}
