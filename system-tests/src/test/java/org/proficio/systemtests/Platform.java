package org.proficio.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Where the platform under test runs, and tokens from its real Keycloak. The Maven build passes the endpoints of
 * the stack it started; run against another stack with {@code -Dproficio.gateway.url=...} etc.
 */
final class Platform {

    static final String GATEWAY = System.getProperty("proficio.gateway.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("proficio.keycloak.url", "http://localhost:8180");
    static final String KAFKA = System.getProperty("proficio.kafka.bootstrap", "localhost:9092");
    static final Path REPO = Path.of(System.getProperty("proficio.repo.dir", ".."));

    /** Dev-only credentials of the demo realm (deploy/keycloak/proficio-realm.json). */
    static final String DEMO_PASSWORD = "proficio";

    static final String WEB_CLIENT = "proficio-web";
    static final String LMS_CLIENT = "demo-lms";
    static final String LMS_SECRET = "demo-lms-secret";

    private Platform() {}

    /** A token of a demo user, by the password grant of the dev-only public client. */
    static String userToken(String username) {
        return given().baseUri(KEYCLOAK)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", WEB_CLIENT)
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
        return given().baseUri(KEYCLOAK)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", LMS_CLIENT)
                .formParam("client_secret", LMS_SECRET)
                .post("/realms/proficio/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A request through the gateway carrying the token. */
    static RequestSpecification as(String token) {
        return given().spec(new RequestSpecBuilder()
                .setBaseUri(GATEWAY)
                .addHeader("Authorization", "Bearer " + token)
                .setContentType(ContentType.JSON)
                .build());
    }
}
