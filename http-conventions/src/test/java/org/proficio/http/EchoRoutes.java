package org.proficio.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Routes for the tests: echo the body's length, answer with a Cache-Control of their own, fail with a status. */
@Singleton
public class EchoRoutes {

    void register(@Observes Router router) {
        router.post("/echo/*")
                .handler(BodyHandler.create())
                .handler(context ->
                        context.response().end(String.valueOf(context.body().length())));
        router.get("/cacheable")
                .handler(context -> context.response()
                        .putHeader("Cache-Control", "max-age=60")
                        .end("ok"));
        router.get("/teapot").handler(context -> context.fail(418));
        router.get("/broken").handler(context -> {
            throw new IllegalStateException("secret internals");
        });
    }
}
