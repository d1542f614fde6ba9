package org.proficio.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
class RoutingTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metricsUrl;

    @Test
    void proxiesProgressToProgressionService() {
        JsonPath echo = getWithToken("/api/v1/learners/s-0001/progress");

        assertThat(echo.getString("service")).isEqualTo("progression");
        assertThat(echo.getString("path")).isEqualTo("/api/v1/learners/s-0001/progress");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/api/v1/frameworks, competency",
        "/api/v1/frameworks/f-1/competencies, competency",
        "/api/v1/case/packages, competency",
        "/api/v1/moodle/frameworks, competency",
        "/api/v1/competencies, competency",
        "/api/v1/competencies/6f1c/prerequisites, competency",
        "/api/v1/rubrics/6f1c, competency",
        "/api/v1/resources/6f1c, competency",
        "/api/v1/courses, competency",
        "/api/v1/pathways, competency",
        "/api/v1/scales, competency",
        "/ims/case/v1p0/CFDocuments, competency",
        "/api/v1/evidence, assessment",
        "/api/v1/evidence/bulk, assessment",
        "/api/v1/assessments/a-1, assessment",
        "/xapi/statements, assessment",
        "/api/v1/xapi/agents/s-0001, assessment",
        "/api/v1/evidence/e-1/scores, assessment",
        "/api/v1/moderation, assessment",
        "/api/v1/raters/teacher/agreement, assessment",
        "/api/v1/learners/s-0001/evidence, assessment",
        "/api/v1/learners/s-0001/preparations, assessment",
        "/api/v1/learners/s-0001/readiness, assessment",
        "/api/v1/learners/s-0001/readiness-confirmations, assessment",
        "/api/v1/learners/s-0001/progress, progression",
        "/api/v1/learners/s-0002/interventions, support",
        "/api/v1/interventions/i-9, support"
    })
    void routesEachPathToItsOwner(String path, String owner) {
        assertThat(getWithToken(path).getString("service")).isEqualTo(owner);
    }

    @Test
    void forwardsMethodQueryBodyAndAuthorizationUnchanged() {
        String token = TestTokens.teacher();
        String body = "{\"learnerId\":\"s-0001\",\"modality\":\"project\"}";

        JsonPath echo = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .queryParam("dryRun", "true")
                .body(body)
                .post("/api/v1/evidence")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getString("query")).isEqualTo("dryRun=true");
        assertThat(echo.getString("body")).isEqualTo(body);
        assertThat(echo.getString("headers.authorization")).isEqualTo("Bearer " + token);
        assertThat(echo.getString("headers.content-type")).startsWith("application/json");
    }

    @Test
    void forwardsTheServicesOwnHostNotTheClientsAndAddsForwardedHeaders() {
        JsonPath echo = given().auth()
                .oauth2(TestTokens.teacher())
                .header("Host", "gateway.district.example")
                .get("/api/v1/frameworks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        // A client-set Host must not reach a service (it once ended up in Location headers).
        assertThat(echo.getString("headers.host")).doesNotContain("district.example");
        assertThat(echo.getString("headers.x-forwarded-proto")).isEqualTo("http");
        assertThat(echo.getString("headers.x-forwarded-for")).isNotBlank();
    }

    @Test
    void passesServiceProblemsThroughUnchanged() {
        Response response = given().auth()
                .oauth2(TestTokens.teacher())
                .queryParam("respondWith", "422")
                .post("/api/v1/evidence");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Answered by assessment");
    }

    @Test
    void answersProblemJsonForUnknownRoute() {
        Response response = given().auth().oauth2(TestTokens.teacher()).get("/api/v1/grades");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo("urn:proficio:problem:route-not-found");
        assertThat(problem.getString("title")).isEqualTo("No such API route");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).contains("/api/v1/grades");
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/grades");
    }

    @Test
    void answersProblemJsonForLearnerSubResourceNoServiceOwns() {
        given().auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/learners/s-0001/grades")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void doesNotMatchPrefixesInsideSegments() {
        given().auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/evidencex")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void routesAndForwardsTheNormalizedPath() {
        // Without normalization this would be matched as evidence (assessment) and then resolved by the
        // service to a path of its own choosing.
        JsonPath echo = given().urlEncodingEnabled(false)
                .auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/evidence/%2E%2E/%2E%2E/v1/frameworks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(echo.getString("service")).isEqualTo("competency");
        assertThat(echo.getString("path")).isEqualTo("/api/v1/frameworks");
    }

    @Test
    void tagsMetricsWithTheRoutePatternInsteadOfLearnerIds() {
        getWithToken("/api/v1/learners/s-4711/progress");

        String metrics =
                given().get(metricsUrl).then().statusCode(200).extract().asString();

        assertThat(metrics).contains("uri=\"/api/v1/learners/{learnerId}/progress/**\"");
        assertThat(metrics).doesNotContain("s-4711");
    }

    private static JsonPath getWithToken(String path) {
        return given().auth()
                .oauth2(TestTokens.teacher())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
