package org.proficio.gateway.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Stand-ins for the four services: small real Vert.x HTTP servers on free ports, and the gateway configured to use
 * them (and to trust test tokens, see {@link TestTokens}).
 *
 * <p>Each stand-in answers
 *
 * <ul>
 *   <li>{@code /q/openapi} with its document from {@code stub-openapi/<service>.json};
 *   <li>{@code /q/health/ready} with 200;
 *   <li>paths ending in {@code /slow} never (to provoke the gateway's response timeout);
 *   <li>anything else with a JSON echo of what it received: service, method, path, query, headers, body. With
 *       {@code ?respondWith=<status>} it answers that status with a problem+json body instead.
 * </ul>
 *
 * It also sends its own {@code X-Request-Id} and {@code Access-Control-Allow-Origin} headers, as a careless service
 * would, so tests can check the gateway doesn't duplicate them.
 *
 * <p>Init args: {@value #DOWN} lists services (comma-separated, e.g. {@code support}) that are not started (their
 * URL points at a closed port); {@value #CORS_ORIGINS} sets {@code proficio.gateway.cors.origins};
 * {@value #RESPONSE_TIMEOUT} sets the gateway's upstream response timeout; {@value #KEYCLOAK_DOWN} {@code =true}
 * points the token check at a closed port instead of the test key.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final String DOWN = "down";
    public static final String CORS_ORIGINS = "cors-origins";

    public static final String RESPONSE_TIMEOUT = "response-timeout";
    public static final String KEYCLOAK_DOWN = "keycloak-down";

    /**
     * Generous by default: test machines can be busy, and only the timeout test wants a short one (it sets
     * {@value #RESPONSE_TIMEOUT}).
     */
    private static final String DEFAULT_RESPONSE_TIMEOUT = "10s";

    private static final List<String> SERVICES = List.of("competency", "assessment", "progression", "support");

    private final List<HttpServer> servers = new ArrayList<>();
    private Set<String> down = Set.of();
    private String corsOrigins;
    private String responseTimeout;
    private boolean keycloakDown;
    private Vertx vertx;

    @Override
    public void init(Map<String, String> initArgs) {
        down = Arrays.stream(initArgs.getOrDefault(DOWN, "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        corsOrigins = initArgs.get(CORS_ORIGINS);
        responseTimeout = initArgs.getOrDefault(RESPONSE_TIMEOUT, DEFAULT_RESPONSE_TIMEOUT);
        keycloakDown = Boolean.parseBoolean(initArgs.get(KEYCLOAK_DOWN));
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            int port = down.contains(service) ? closedPort() : startStub(service);
            config.put("proficio.gateway.upstreams." + service, "http://127.0.0.1:" + port);
        }
        config.put("proficio.gateway.proxy.response-timeout", responseTimeout);
        config.put("proficio.gateway.health.probe-timeout", "5s");
        config.put("proficio.gateway.openapi.issuer-url", TestTokens.ISSUER);
        // The packaged jar (PackagedGatewayIT) gets a random HTTP port but not a random management port; two
        // servers, one with a port tag and one without, break Micrometer's Prometheus registry at start.
        config.put("quarkus.management.port", "0");
        if (keycloakDown) {
            config.put("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort() + "/realms/proficio");
        } else {
            // Tokens are verified with a fixed test key instead of Keycloak's JWKS (no Keycloak in component
            // tests); an empty auth-server-url is what makes quarkus-oidc use the public key.
            config.put("quarkus.oidc.auth-server-url", "");
            config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
            config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        }
        if (corsOrigins != null) {
            config.put("proficio.gateway.cors.origins", corsOrigins);
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            try {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Stub services did not stop", e);
            }
        }
    }

    private int startStub(String service) {
        Buffer openApi = Buffer.buffer(readResource("stub-openapi/" + service + ".json"));
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(request -> handle(service, openApi, request))
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            servers.add(server);
            return server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Stub " + service + " did not start", e);
        }
    }

    private static void handle(String service, Buffer openApi, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openApi);
        } else if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
        } else if (path.endsWith("/slow")) {
            request.pause(); // never answers
        } else {
            request.body().onSuccess(body -> echo(service, request, body));
        }
    }

    private static void echo(String service, HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers()
                .names()
                .forEach(name -> headers.put(
                        name.toLowerCase(Locale.ROOT),
                        String.join(",", request.headers().getAll(name))));
        String respondWith = request.getParam("respondWith");
        var response = request.response()
                .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")))
                .putHeader("Access-Control-Allow-Origin", "*");
        if (respondWith != null) {
            response.setStatusCode(Integer.parseInt(respondWith))
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject()
                            .put("title", "Answered by " + service)
                            .put("status", Integer.parseInt(respondWith))
                            .encode());
            return;
        }
        response.putHeader("Content-Type", "application/json")
                .end(new JsonObject()
                        .put("service", service)
                        .put("method", request.method().name())
                        .put("path", request.path())
                        .put("query", request.query())
                        .put("headers", headers)
                        .put("body", body.toString())
                        .encode());
    }

    /** A port nothing listens on: bound, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] readResource(String name) {
        try (InputStream in = StubUpstreams.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
