package org.proficio.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

/** Keycloak is unreachable (the auth server URL points at a closed port); the gateway started anyway. */
@QuarkusTest
@WithTestResource(
        value = StubUpstreams.class,
        initArgs = @ResourceArg(name = StubUpstreams.KEYCLOAK_DOWN, value = "true"))
class TokenIssuerDownTest {

    /** The management interface's root, {@code http://localhost:<port>/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @Test
    void answers503ProblemWhenTokensCannotBeChecked() {
        Response response = given().auth().oauth2(TestTokens.teacher()).get("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:proficio:problem:token-issuer-unavailable");
        assertThat(response.asString()).doesNotContain("Exception", "127.0.0.1");
    }

    @Test
    void stillRejectsRequestsWithoutToken() {
        given().get("/api/v1/frameworks").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void keepsServingHealthAndOpenApi() {
        given().get(managementUrl + "health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
