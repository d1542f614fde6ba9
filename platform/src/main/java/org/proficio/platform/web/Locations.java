package org.proficio.platform.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proficio.platform.problem.IfMatch;

/**
 * Where a created object can be read, for the {@code Location} of a 201. Built from the configured public base URL
 * ({@code proficio.public-base-url}, the gateway as clients reach it), or relative to it when none is configured;
 * never from the request's {@code Host} header, which any client can set.
 */
@Singleton
public class Locations {

    private final Optional<String> publicBaseUrl;

    public Locations(@ConfigProperty(name = "proficio.public-base-url") Optional<String> publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.map(Locations::withoutTrailingSlash).filter(url -> !url.isBlank());
    }

    /** The public address of a path template filled with values, e.g. {@code of("/api/v1/evidence/{id}", id)}. */
    public URI of(String pathTemplate, Object... values) {
        URI path = UriBuilder.fromPath(pathTemplate).build(values);
        return publicBaseUrl.map(base -> URI.create(base + path)).orElse(path);
    }

    /**
     * 201 with {@code Location} (set as a header, so the framework does not make a relative one absolute from the
     * request's Host) and the object.
     */
    public Response.ResponseBuilder created(Object entity, String pathTemplate, Object... values) {
        return withLocation(Response.status(Response.Status.CREATED), pathTemplate, values)
                .entity(entity);
    }

    /** {@link #created} with the object's revision as its ETag. */
    public Response.ResponseBuilder created(Object entity, int revision, String pathTemplate, Object... values) {
        return created(entity, pathTemplate, values).tag(IfMatch.tag(revision));
    }

    /** Any response that points at an object (a 200 replaying an import, a 303). */
    public Response.ResponseBuilder withLocation(
            Response.ResponseBuilder response, String pathTemplate, Object... values) {
        return response.header(HttpHeaders.LOCATION, of(pathTemplate, values).toString());
    }

    /** The request's own path and query on the public base URL, e.g. to build paging links of the same list. */
    public UriBuilder request(UriInfo uri) {
        URI request = uri.getRequestUri();
        return UriBuilder.fromUri(of("/").resolve(request.getRawPath())).replaceQuery(request.getRawQuery());
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
