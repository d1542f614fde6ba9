package org.proficio.gateway.requestid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void keepsClientRequestId() {
        Response response = proxiedWith("lms-7f3a.42:retry-1");

        assertThat(response.header("X-Request-Id")).isEqualTo("lms-7f3a.42:retry-1");
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo("lms-7f3a.42:retry-1");
    }

    @Test
    void assignsNewIdWhenClientSentNone() {
        Response response = given().auth().oauth2(TestTokens.teacher()).get("/api/v1/frameworks");

        String requestId = response.header("X-Request-Id");
        assertThat(requestId).matches(UUID);
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(requestId);
    }

    @Test
    void replacesRequestIdWithUnsafeCharacters() {
        Response response = proxiedWith("<script>alert(1)</script>");

        assertThat(response.header("X-Request-Id")).matches(UUID);
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void replacesOverlongRequestId() {
        Response response = proxiedWith("a".repeat(129));

        assertThat(response.header("X-Request-Id")).matches(UUID);
    }

    @Test
    void answersWithExactlyOneRequestIdEvenIfTheServiceEchoesIt() {
        Response response = proxiedWith("only-once");

        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("only-once");
    }

    @Test
    void putsRequestIdOnTheGatewaysOwnProblems() {
        Response response = given().header("X-Request-Id", "rid-404")
                .auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.header("X-Request-Id")).isEqualTo("rid-404");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo("rid-404");
    }

    @Test
    void putsRequestIdOnRejectedRequests() {
        Response response = given().header("X-Request-Id", "rid-401").get("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("X-Request-Id")).isEqualTo("rid-401");
    }

    private static Response proxiedWith(String requestId) {
        Response response = given().header("X-Request-Id", requestId)
                .auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/frameworks");
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
