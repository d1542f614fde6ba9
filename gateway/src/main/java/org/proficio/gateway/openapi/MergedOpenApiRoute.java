package org.proficio.gateway.openapi;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Serves the merged document at {@code /q/openapi}: JSON by default, YAML for {@code ?format=yaml} or an Accept
 * header asking for YAML. (The gateway's own generated document is moved out of the way in application.properties.)
 */
@Singleton
public class MergedOpenApiRoute {

    public static final String PATH = "/q/openapi";

    private static final String JSON = "application/json;charset=UTF-8";
    private static final String YAML = "application/yaml;charset=UTF-8";

    private final MergedOpenApiCache cache;

    public MergedOpenApiRoute(MergedOpenApiCache cache) {
        this.cache = cache;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        boolean yaml = wantsYaml(context);
        cache.document().onComplete(result -> {
            if (result.failed()) {
                context.fail(result.cause());
                return;
            }
            context.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, yaml ? YAML : JSON)
                    .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .end(yaml ? result.result().yaml() : result.result().json());
        });
    }

    private static boolean wantsYaml(RoutingContext context) {
        String format = context.queryParams().get("format");
        if (format != null) {
            return format.equalsIgnoreCase("yaml") || format.equalsIgnoreCase("yml");
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && accept.toLowerCase(Locale.ROOT).contains("yaml")
                && !accept.toLowerCase(Locale.ROOT).contains("json");
    }
}
