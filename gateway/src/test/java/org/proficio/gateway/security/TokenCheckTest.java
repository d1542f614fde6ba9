package org.proficio.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
class TokenCheckTest {

    /** The management interface's root, {@code http://localhost:<port>/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @Test
    void rejectsRequestWithoutToken() {
        Response response = given().get("/api/v1/learners/s-0001/progress");

        assertUnauthorizedProblem(response);
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/learners/s-0001/progress");
    }

    @Test
    void rejectsTokenSignedByAnUntrustedKey() {
        assertUnauthorizedProblem(
                given().auth().oauth2(TestTokens.signedByStranger()).get("/api/v1/frameworks"));
    }

    @Test
    void rejectsExpiredToken() {
        assertUnauthorizedProblem(given().auth().oauth2(TestTokens.expired()).get("/api/v1/frameworks"));
    }

    @Test
    void rejectsATokenOfTheRealmIssuedToAnotherClient() {
        assertUnauthorizedProblem(
                given().auth().oauth2(TestTokens.forAnotherClient()).get("/api/v1/frameworks"));
    }

    @Test
    void rejectsMalformedToken() {
        assertUnauthorizedProblem(given().auth().oauth2("not-a-jwt").get("/api/v1/frameworks"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/frameworks",
                "/ims/case/v1p0/CFDocuments",
                "/xapi/statements",
                "/api/v1/learners/s-0001/interventions",
                "/api/v1/unknown"
            })
    void requiresTokenOnEveryRoutedPrefix(String path) {
        assertUnauthorizedProblem(given().get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/swagger-ui/"})
    void keepsTheApiDocumentPublic(String path) {
        given().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"health/live", "health/ready", "metrics"})
    void servesHealthAndMetricsOnlyOnTheManagementInterface(String path) {
        given().get("/q/" + path).then().statusCode(404).contentType("application/problem+json");
        given().get(managementUrl + path).then().statusCode(200);
    }

    private static void assertUnauthorizedProblem(Response response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:proficio:problem:authentication-required");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(response.asString()).doesNotContain("service");
    }
}
