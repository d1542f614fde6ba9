package org.proficio.progression.insight;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * District aggregates on a known data set, built over Kafka: three learners in two schools on a framework of two
 * competencies, with evidence observed on known days. A: Ana (north) developing 10 days ago then proficient 4 days
 * ago (mastered, 6 days), Ben (north) beginning then developing (struggling), Cy (south) advanced 2 days ago
 * (mastered, 0 days); B: Ana developing (in progress).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class InsightTest {

    private static final String DISTRICT = "insights";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final UUID framework = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final String ana = "ana-" + UUID.randomUUID();
    private final String ben = "ben-" + UUID.randomUUID();
    private final String cy = "cy-" + UUID.randomUUID();

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void aggregatesAreExactOnAKnownDataSet() {
        Map<UUID, String> codes = new LinkedHashMap<>();
        codes.put(a, "I.1");
        codes.put(b, "I.2");
        Fixtures.publishFramework(DISTRICT, framework, codes);
        CatalogTables.awaitFramework(framework.toString());
        String north = "north-" + UUID.randomUUID();
        String south = "south-" + UUID.randomUUID();
        school(north, "North High");
        school(south, "South High");
        learner(ana, north);
        learner(ben, north);
        learner(cy, south);
        score(ana, a, "developing", 10);
        score(ana, a, "proficient", 4);
        score(ben, a, "beginning", 9);
        score(ben, a, "developing", 8);
        score(cy, a, "advanced", 2);
        score(ana, b, "developing", 1);
        awaitStatus(ana, a, "MASTERED");
        awaitStatus(ben, a, "STRUGGLING");
        awaitStatus(cy, a, "MASTERED");
        awaitStatus(ana, b, "IN_PROGRESS");

        given().queryParam("frameworkId", framework.toString())
                .get("/api/v1/insights/competencies")
                .then()
                .statusCode(200)
                .body("items.code", contains("I.1", "I.2"))
                .body("items[0].standings.mastered", equalTo(2))
                .body("items[0].standings.struggling", equalTo(1))
                .body("items[0].standings.inProgress", equalTo(0))
                .body("items[0].standings.total", equalTo(3))
                .body("items[0].masteredShare", equalTo(0.667f))
                .body("items[0].medianDaysToMastery", equalTo(3.0f))
                .body("items[1].standings.inProgress", equalTo(1))
                .body("items[1].standings.total", equalTo(1))
                .body("items[1].masteredShare", equalTo(0.0f))
                .body("items[1].medianDaysToMastery", nullValue())
                .body("nextCursor", nullValue());

        String next = given().queryParam("frameworkId", framework.toString())
                .queryParam("schoolId", north)
                .queryParam("limit", 1)
                .get("/api/v1/insights/competencies")
                .then()
                .statusCode(200)
                .body("schoolId", equalTo(north))
                .body("items", hasSize(1))
                .body("items[0].standings.mastered", equalTo(1))
                .body("items[0].standings.struggling", equalTo(1))
                .body("items[0].medianDaysToMastery", equalTo(6.0f))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().queryParam("frameworkId", framework.toString())
                .queryParam("schoolId", north)
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .get("/api/v1/insights/competencies")
                .then()
                .statusCode(200)
                .body("items.code", contains("I.2"))
                .body("nextCursor", nullValue());

        given().queryParam("frameworkId", framework.toString())
                .get("/api/v1/insights/schools")
                .then()
                .statusCode(200)
                .body("items.schoolId", contains(north, south))
                .body("items.name", contains("North High", "South High"))
                .body("items.learners", contains(2, 1))
                .body("items[0].standings.total", equalTo(3))
                .body("items[0].standings.mastered", equalTo(1))
                .body("items[0].masteredShare", equalTo(0.333f))
                .body("items[1].masteredShare", equalTo(1.0f));

        // In 30 days Ana and Cy each first mastered one competency (a pace of 1 per 30 days), Ben none.
        given().queryParam("days", 30)
                .get("/api/v1/insights/pace")
                .then()
                .statusCode(200)
                .body("days", equalTo(30))
                .body("learners", equalTo(3))
                .body("medianPer30Days", equalTo(1.0f))
                .body("buckets.learners", contains(1, 0, 2, 0, 0))
                .body("buckets[2].label", equalTo("1 to under 2"))
                .body("stalledLearners", equalTo(0));
        given().queryParam("schoolId", north)
                .get("/api/v1/insights/pace")
                .then()
                .statusCode(200)
                .body("days", equalTo(90))
                .body("learners", equalTo(2))
                .body("buckets.learners", contains(2, 0, 0, 0, 0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void badInputIsRefused() {
        given().get("/api/v1/insights/competencies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("frameworkId"));
        given().queryParam("frameworkId", "nope")
                .get("/api/v1/insights/competencies")
                .then()
                .statusCode(400);
        given().queryParam("frameworkId", UUID.randomUUID().toString())
                .get("/api/v1/insights/competencies")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("frameworkId", UUID.randomUUID().toString())
                .queryParam("cursor", "bm90IGEgY3Vyc29y")
                .get("/api/v1/insights/competencies")
                .then()
                .statusCode(400);
        given().queryParam("schoolId", "no such school")
                .get("/api/v1/insights/pace")
                .then()
                .statusCode(400);
        given().queryParam("schoolId", "unknown-" + UUID.randomUUID())
                .get("/api/v1/insights/pace")
                .then()
                .statusCode(404);
        given().queryParam("days", 0).get("/api/v1/insights/pace").then().statusCode(400);
        given().queryParam("days", "soon").get("/api/v1/insights/pace").then().statusCode(400);
        given().queryParam("frameworkId", "nope")
                .get("/api/v1/insights/schools")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void onlyDistrictAdminsReadThem() {
        given().get("/api/v1/insights/pace").then().statusCode(403);
        given().get("/api/v1/insights/schools").then().statusCode(403);
    }

    private static void school(String id, String name) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .put("/api/v1/schools/" + id)
                .then()
                .statusCode(200);
    }

    private static void learner(String id, String school) {
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", id, "schoolId", school))
                .put("/api/v1/learners/" + id)
                .then()
                .statusCode(201);
    }

    private void score(String learner, UUID competency, String level, int daysAgo) {
        Map<String, Object> data = Fixtures.scored(UUID.randomUUID(), learner, competency, framework, level);
        data.put(
                "observedAt",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).toString());
        TestEvents.publish(Topics.ASSESSMENT, EventTypes.EVIDENCE_SCORED, DISTRICT, learner, data);
    }

    private static void awaitStatus(String learner, UUID competency, String status) {
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }
}
