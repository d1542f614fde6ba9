package org.proficio.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where the platform under test runs, and tokens from its real Keycloak. The Maven build passes the endpoints of
 * the stack it started; run against another stack with {@code -Dproficio.gateway.url=...} etc.
 */
final class Platform {

    static final String GATEWAY = System.getProperty("proficio.gateway.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("proficio.keycloak.url", "http://localhost:8180");
    static final String KAFKA = System.getProperty("proficio.kafka.bootstrap", "localhost:9092");
    /** The gateway's management interface (health, metrics). */
    static final String GATEWAY_MANAGEMENT =
            System.getProperty("proficio.gateway.management.url", "http://localhost:9080");
    /** assessment-service itself, not through the gateway (what an attacker on the network could reach). */
    static final String ASSESSMENT = System.getProperty("proficio.assessment.url", "http://localhost:8082");

    static final Path REPO = Path.of(System.getProperty("proficio.repo.dir", ".."));
    static final Path STACK = Path.of(
            System.getProperty("proficio.stack.dir", REPO.resolve(".stack").toString()));

    /** Dev-only credentials of the demo realm (deploy/keycloak/proficio-realm.json). */
    static final String DEMO_PASSWORD = "proficio";

    static final String WEB_CLIENT = "proficio-web";
    /** Dev/test-only client whose access tokens live 2 s: a real, correctly signed token that expires. */
    static final String SHORT_LIVED_CLIENT = "proficio-tests-short-lived";

    static final String LMS_CLIENT = "demo-lms";
    static final String LMS_SECRET = "demo-lms-secret";
    /** A second integration of district demo, trusted with {@code evidence:read-all}. */
    static final String SIS_CLIENT = "demo-sis";

    static final String SIS_SECRET = "demo-sis-secret";
    static final String NORTH_LMS_CLIENT = "north-lms";
    static final String NORTH_LMS_SECRET = "north-lms-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Platform() {}

    /** A token of a demo user, by the password grant of the dev-only public client. */
    static String userToken(String username) {
        return userToken(username, WEB_CLIENT);
    }

    /** A token of a realm user, by the password grant of a public client of the realm. */
    static String userToken(String username, String clientId) {
        return given().baseUri(KEYCLOAK)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post("/realms/proficio/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The demo LMS integration's token, by client credentials. */
    static String integrationToken() {
        return clientToken(LMS_CLIENT, LMS_SECRET);
    }

    /** A confidential client's token, by client credentials. */
    static String clientToken(String clientId, String secret) {
        return given().baseUri(KEYCLOAK)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/realms/proficio/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A claim of a token's payload, as text (read without verifying: the token is ours). */
    static String claim(String token, String name) {
        try {
            String payload = token.split("\\.")[1];
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
            return claims.path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("not a JWT", e);
        }
    }

    /** A request through the gateway carrying the token. */
    static RequestSpecification as(String token) {
        return given().spec(new RequestSpecBuilder()
                .setBaseUri(GATEWAY)
                .addHeader("Authorization", "Bearer " + token)
                .setContentType(ContentType.JSON)
                .build());
    }

    /**
     * Creates and publishes a framework of competencies with these codes (statements made up) as a district admin;
     * answers the created framework (its {@code id}, {@code competencies[i].id}).
     */
    static JsonPath publishedFramework(String adminToken, String title, String... codes) {
        List<Map<String, String>> competencies = Arrays.stream(codes)
                .map(code -> Map.of("code", code, "statement", "Statement of " + code + "."))
                .toList();
        JsonPath framework = as(adminToken)
                .body(Map.of("title", title, "subject", "Mathematics", "competencies", competencies))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        as(adminToken)
                .post("/api/v1/frameworks/" + framework.getString("id") + "/publish")
                .then()
                .statusCode(200);
        return framework;
    }

    /**
     * Defines an assessment as this educator, once the catalog event of its competencies has reached
     * assessment-service (before that, the competencies are unknown to it and the definition is refused); its id.
     */
    static String assessmentOnceTheCatalogHasIt(String token, Map<String, Object> definition, Duration atMost) {
        return org.awaitility.Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> as(token).body(definition).post("/api/v1/assessments"),
                        response -> response.statusCode() == 201)
                .path("id");
    }

    /** A value percent-encoded for a path segment or a query. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The answer to a request whose body was announced but not sent. */
    record Announced(int status, String contentType, String body) {}

    /**
     * Announces a body of {@code length} bytes through the gateway ({@code Content-Length} and {@code Expect:
     * 100-continue}) over a plain socket, and sends none of it: a body over its route's limit must be refused from
     * the headers alone, before any of it is read. (Writing the whole body would race the server closing the
     * connection after its 413; the JDK's HTTP client waits forever for a 100 that a refusal never sends.)
     */
    static Announced announce(String method, String path, String token, String contentType, long length) {
        java.net.URI gateway = java.net.URI.create(GATEWAY);
        String request = method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + gateway.getHost() + ":" + gateway.getPort() + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n"
                + "Expect: 100-continue\r\n"
                + "Connection: close\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? response : response.substring(0, headersEnd);
            String type = head.lines()
                    .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).strip())
                    .findFirst()
                    .orElse("");
            return new Announced(
                    Integer.parseInt(head.substring(9, 12)),
                    type,
                    headersEnd < 0 ? "" : response.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": the announced body was not answered", e);
        }
    }

    /** The PostgreSQL the stack's services use ({@code endpoints.env} of the stack folder). */
    static Properties endpoints() {
        Properties endpoints = new Properties();
        try {
            endpoints.load(
                    new java.io.StringReader(Files.readString(STACK.resolve("endpoints.env"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("No endpoints.env in the stack folder " + STACK, e);
        }
        return endpoints;
    }
}
