package org.proficio.gateway.cors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(
        value = StubUpstreams.class,
        initArgs = @ResourceArg(name = StubUpstreams.CORS_ORIGINS, value = CorsTest.FRONTEND))
class CorsTest {

    static final String FRONTEND = "https://app.district.example";

    @Test
    void answersPreflightOfConfiguredOriginWithoutToken() {
        Response response = preflight(FRONTEND);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(FRONTEND);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
    }

    @Test
    void rejectsPreflightOfOtherOriginsWithAProblem() {
        Response response = preflight("https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:proficio:problem:cors-rejected");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void rejectsAForeignOriginsRequestBeforeTheTokenIsChecked() {
        Response response = given().header("Origin", "https://evil.example")
                .auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void letsPagesOfTheGatewayItselfCallIt() {
        Response response = given().header("Origin", "http://localhost:" + RestAssured.port)
                .auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void addsCorsHeadersOnceToProxiedResponses() {
        Response response = given().header("Origin", FRONTEND)
                .auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(200);
        // The stand-in service sends "Access-Control-Allow-Origin: *" itself; the gateway's answer wins, once.
        assertThat(response.headers().getValues("Access-Control-Allow-Origin")).containsExactly(FRONTEND);
        assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/evidence");
    }
}
