package org.proficio.gateway.routing;

import java.net.URI;
import java.util.Locale;

/**
 * A service's base URL taken apart the way an HTTP client needs it. An optional path prefix (for a service mounted
 * below a path by an ingress) is put in front of every forwarded path.
 */
public record UpstreamOrigin(Upstream upstream, String host, int port, boolean ssl, String pathPrefix) {

    public static UpstreamOrigin of(Upstream upstream, URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException(
                    "Base URL of " + upstream.serviceName() + " must be an absolute http(s) URL: " + baseUrl);
        }
        boolean ssl = scheme.equals("https");
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : ssl ? 443 : 80;
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        String prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return new UpstreamOrigin(upstream, baseUrl.getHost(), port, ssl, prefix);
    }

    /** The absolute URL of a path (with optional query) on this service, e.g. for fetching its OpenAPI document. */
    public String url(String pathAndQuery) {
        return (ssl ? "https" : "http") + "://" + host + ":" + port + pathPrefix + pathAndQuery;
    }
}
