package org.proficio.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

/**
 * support-service is down (its URL points at a closed port); the others are up; the gateway waits 3 s for an
 * answer.
 */
@QuarkusTest
@WithTestResource(
        value = StubUpstreams.class,
        initArgs = {
            @ResourceArg(name = StubUpstreams.DOWN, value = "support"),
            @ResourceArg(name = StubUpstreams.RESPONSE_TIMEOUT, value = "3s")
        })
class UpstreamFailureTest {

    /** The management interface's root, {@code http://localhost:<port>/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @Test
    void answers503WhenUpstreamIsDown() {
        Response response = given().auth().oauth2(TestTokens.teacher()).get("/api/v1/learners/s-0001/interventions");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isEqualTo("urn:proficio:problem:upstream-unavailable");
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("detail")).contains("support-service");
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/learners/s-0001/interventions");
        assertThat(response.asString()).doesNotContain("Exception", "127.0.0.1");
    }

    @Test
    void answers503ForRequestsWithBodyToo() {
        given().auth()
                .oauth2(TestTokens.teacher())
                .contentType("application/json")
                .body("{\"reason\":\"stalled\"}")
                .post("/api/v1/interventions")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void answers504WhenUpstreamTimesOut() {
        long start = System.nanoTime();
        Response response = given().auth().oauth2(TestTokens.teacher()).get("/api/v1/evidence/slow");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:proficio:problem:upstream-timeout");
        assertThat(response.jsonPath().getString("detail")).contains("assessment-service", "3 s");
        assertThat(millis).isBetween(2_900L, 20_000L);
    }

    @Test
    void keepsServingTheOtherServices() {
        given().auth()
                .oauth2(TestTokens.teacher())
                .get("/api/v1/frameworks")
                .then()
                .statusCode(200);
    }

    @Test
    void leavesDownServiceOutOfMergedOpenApi() {
        JsonPath doc =
                given().get("/q/openapi").then().statusCode(200).extract().jsonPath();

        assertThat(doc.getList("x-proficio-missing-services")).containsExactly("support-service");
        assertThat(doc.getMap("paths").keySet())
                .contains("/api/v1/frameworks", "/api/v1/evidence", "/api/v1/learners/{learnerId}/progress")
                .doesNotContain("/api/v1/interventions", "/api/v1/learners/{learnerId}/interventions");
    }

    @Test
    void reportsUnreachableServiceInReadinessWithoutFailingIt() {
        JsonPath health = given().get(managementUrl + "health/ready")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString("checks.find { it.name == 'upstreams' }.data.'support-service'"))
                .isEqualTo("unreachable");
        assertThat(health.getString("checks.find { it.name == 'upstreams' }.data.'competency-service'"))
                .isEqualTo("reachable (HTTP 200)");
    }

    @Test
    void staysLiveWithServicesDown() {
        given().get(managementUrl + "health/live").then().statusCode(200);
    }
}
