package org.proficio.gateway.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

/**
 * What the gateway answers itself before (or instead of) a service: every refusal is problem+json with the request
 * id, every answer carries the browser security headers, and no refusal leaves a raw path in the metrics.
 */
@QuarkusTest
@WithTestResource(
        value = StubUpstreams.class,
        initArgs = @ResourceArg(name = StubUpstreams.CORS_ORIGINS, value = "https://app.district.example"))
class EdgeAnswersTest {

    private static final String PROBLEM = "application/problem+json";
    private static final int ONE_MB = 1024 * 1024;

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(PROBLEM);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void answersAPathOutsideTheApiWithAProblemNotAnHtmlPage() {
        Response response = given().get("/index.html");

        assertProblem(response, 404);
        assertThat(response.asString()).doesNotContain("<html");
    }

    @Test
    void refusesAnOverlongUriWithAProblem() {
        assertProblem(given().get("/api/v1/competencies?q=" + "a".repeat(10_000)), 414);
    }

    @Test
    void refusesABodyOverItsRoutesLimitWithAProblemBeforeTheTokenCheck() {
        Response response = given().contentType(ContentType.JSON)
                .body("x".repeat(ONE_MB + 1))
                .post("/api/v1/evidence");

        assertProblem(response, 413);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:proficio:problem:payload-too-large");
    }

    @Test
    void holdsAChunkedBodyToItsRoutesLimit() {
        Response response = given().auth()
                .oauth2(TestTokens.teacher())
                .contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(("\"" + "x".repeat(ONE_MB) + "\"").getBytes()))
                .post("/api/v1/evidence");

        assertProblem(response, 413);
    }

    @Test
    void takesACasePackageOfTwelveMegabytes() {
        int twelveMb = 12 * ONE_MB;
        Response response = given().auth()
                .oauth2(TestTokens.teacher())
                .contentType(ContentType.JSON)
                .body("x".repeat(twelveMb))
                .post("/api/v1/case/packages");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("body")).hasSize(twelveMb);
    }

    @Test
    void putsBrowserSecurityHeadersOnProxiedAnswersAndOnItsOwn() {
        Response proxied = given().auth().oauth2(TestTokens.teacher()).get("/api/v1/learners/s-0001/progress");
        Response refused = given().get("/api/v1/learners/s-0001/progress");

        for (Response response : new Response[] {proxied, refused}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
        }
    }

    @Test
    void neverTagsMetricsWithTheRawPathOfARefusedRequest() {
        given().get("/api/v1/learners/s-7001/progress"); // 401
        given().header("Origin", "https://evil.example").get("/api/v1/learners/s-7002/progress"); // CORS 403
        given().contentType(ContentType.JSON)
                .body("x".repeat(ONE_MB + 1))
                .post("/api/v1/evidence/e-7003/scores"); // 413
        given().get("/made-up/s-7004"); // 404

        String metrics =
                given().get(metricsUrl).then().statusCode(200).extract().asString();

        assertThat(metrics).doesNotContain("s-7001", "s-7002", "e-7003", "s-7004");
        assertThat(metrics).contains("status=\"401\",uri=\"/api/v1/learners/{learnerId}/progress/**\"");
        assertThat(metrics).contains("status=\"413\",uri=\"/api/v1/evidence/**\"");
    }
}
