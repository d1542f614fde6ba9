package org.proficio.progression.learner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/** Registering learners and schools, one at a time and in bulk, and the courses on their learning plans. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = LearnerResourceTest.DISTRICT))
class LearnerResourceTest {

    static final String DISTRICT = "learners";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String learner = "s-" + UUID.randomUUID();
    private final String school = "sch-" + UUID.randomUUID();

    private static Map<String, Object> learnerBody(String name, String school, String grade) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("displayName", name);
        body.put("schoolId", school);
        body.put("gradeLevel", grade);
        return body;
    }

    private void school(String id) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "School " + id))
                .put("/api/v1/schools/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void aLearnerIsRegisteredOnceUpdatedOnlyWhenSheChangesAndAnnouncedEachTime() {
        school(school);
        given().contentType(ContentType.JSON)
                .body(learnerBody("Ada Lovelace", school, "09"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/learners/" + learner))
                .header("ETag", equalTo("\"1\""))
                .body("source", equalTo("API"))
                .body("active", equalTo(true));
        given().contentType(ContentType.JSON)
                .body(learnerBody("Ada Lovelace", school, "09"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(200)
                .body("revision", equalTo(1));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(learnerBody("Ada King", school, "10"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("displayName", equalTo("Ada King"))
                .body("gradeLevel", equalTo("10"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(learnerBody("Ada Byron", school, "10"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(412);

        given().get("/api/v1/learners/" + learner)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Ada King"))
                .body("schoolId", equalTo(school));

        await().atMost(WAIT).untilAsserted(() -> {
            List<TopicRecord> events = TestEvents.events(Topics.PROGRESSION, learner, EventTypes.LEARNER_REGISTERED);
            assertThat(events).hasSize(2);
            events.forEach(e -> EventSchemas.assertValid(EventTypes.LEARNER_REGISTERED, e.value()));
            assertThat(events.stream()
                            .map(e -> TestEvents.data(e).get("revision").asInt()))
                    .containsExactly(1, 2);
            assertThat(TestEvents.data(events.get(1)).get("displayName").asText())
                    .isEqualTo("Ada King");
        });
    }

    @Test
    void evidenceForAnUnregisteredLearnerRegistersHerFlaggedUntilTheDistrictConfirmsHer() {
        UUID competency = UUID.randomUUID();
        UUID framework = UUID.randomUUID();
        Fixtures.score(DISTRICT, learner, competency, framework, "developing");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner)
                        .then()
                        .statusCode(200)
                        .body("flagged", equalTo(true))
                        .body("source", equalTo("EVIDENCE"))
                        .body("displayName", equalTo(learner)));
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .statusCode(200)
                        .body("evidenceCount", equalTo(1)));
        Fixtures.score(DISTRICT, learner, competency, framework, "proficient");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .body("evidenceCount", equalTo(2)));
        given().queryParam("flagged", "true")
                .queryParam("limit", 500)
                .get("/api/v1/learners")
                .then()
                .body("items.learnerId", hasItem(learner));

        // The district confirms her: the flag goes.
        given().contentType(ContentType.JSON)
                .body(learnerBody("Ada Lovelace", null, null))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(200)
                .body("flagged", equalTo(false))
                .body("source", equalTo("API"))
                .body("revision", equalTo(2));

        await().atMost(WAIT).untilAsserted(() -> {
            List<TopicRecord> events = TestEvents.events(Topics.PROGRESSION, learner, EventTypes.LEARNER_REGISTERED);
            assertThat(events).hasSize(2);
            events.forEach(e -> EventSchemas.assertValid(EventTypes.LEARNER_REGISTERED, e.value()));
            assertThat(TestEvents.data(events.get(0)).get("flagged").asBoolean())
                    .isTrue();
            assertThat(TestEvents.data(events.get(0)).get("source").asText()).isEqualTo("EVIDENCE");
            assertThat(TestEvents.data(events.get(1)).get("flagged").asBoolean())
                    .isFalse();
        });
    }

    @Test
    void anUnknownSchoolOrInvalidFieldsWriteNothing() {
        given().contentType(ContentType.JSON)
                .body(learnerBody("Ada", "no-such-school-" + UUID.randomUUID(), null))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("schoolId"));
        given().contentType(ContentType.JSON)
                .body(learnerBody(" ", null, "Grade 9"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("displayName", "gradeLevel"));
        given().contentType(ContentType.JSON)
                .body(learnerBody("Ada", null, null))
                .put("/api/v1/learners/has space")
                .then()
                .statusCode(400)
                .body("errors.field", contains("learnerId"));
        given().get("/api/v1/learners/" + learner).then().statusCode(404);
    }

    @Test
    void bulkRegistrationIsAllOrNothingAndIdempotent() {
        school(school);
        String a = learner + "-a";
        String b = learner + "-b";
        List<Map<String, Object>> learners = List.of(
                Map.of("learnerId", a, "displayName", "A", "schoolId", school),
                Map.of("learnerId", b, "displayName", "B", "schoolId", "typo-" + school));
        given().contentType(ContentType.JSON)
                .body(Map.of("learners", learners))
                .post("/api/v1/learners/bulk")
                .then()
                .statusCode(422)
                .body("errors.field", contains("learners[1].schoolId"));
        given().get("/api/v1/learners/" + a).then().statusCode(404);

        given().contentType(ContentType.JSON)
                .body(Map.of("learners", List.of(learners.get(0), learners.get(0))))
                .post("/api/v1/learners/bulk")
                .then()
                .statusCode(400)
                .body("errors.field", contains("learners[1].learnerId"));

        List<Map<String, Object>> good =
                List.of(learners.get(0), Map.of("learnerId", b, "displayName", "B", "active", false));
        given().contentType(ContentType.JSON)
                .body(Map.of("learners", good))
                .post("/api/v1/learners/bulk")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("learners.outcome", contains("CREATED", "CREATED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("learners", good))
                .post("/api/v1/learners/bulk")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0));
        given().queryParam("schoolId", school)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("items.learnerId", contains(a));
        given().queryParam("active", "false")
                .queryParam("limit", 500)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("items.learnerId", hasItem(b));
        given().queryParam("active", "maybe").get("/api/v1/learners").then().statusCode(400);
    }

    @Test
    void theListPagesByLearnerId() {
        school(school);
        List<Map<String, Object>> three = List.of(
                Map.of("learnerId", learner + "-3", "displayName", "C", "schoolId", school),
                Map.of("learnerId", learner + "-1", "displayName", "A", "schoolId", school),
                Map.of("learnerId", learner + "-2", "displayName", "B", "schoolId", school));
        given().contentType(ContentType.JSON)
                .body(Map.of("learners", three))
                .post("/api/v1/learners/bulk")
                .then()
                .statusCode(200);
        String next = given().queryParam("schoolId", school)
                .queryParam("limit", 2)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("items.learnerId", contains(learner + "-1", learner + "-2"))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().queryParam("schoolId", school)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/learners")
                .then()
                .statusCode(200)
                .body("items.learnerId", contains(learner + "-3"))
                .body("nextCursor", nullValue());
        given().queryParam("cursor", "not-a-cursor")
                .get("/api/v1/learners")
                .then()
                .statusCode(400);
    }

    @Test
    void aPlanHoldsCoursesOfTheCatalogWithTheirDates() {
        UUID framework = UUID.randomUUID();
        UUID competency = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        Fixtures.publishFramework(
                DISTRICT,
                framework,
                Map.of(competency, "P.1"),
                List.of(Fixtures.course(course, "ALG-" + course, "Algebra I", List.of(competency))));
        CatalogTables.awaitFramework(framework.toString());
        given().contentType(ContentType.JSON)
                .body(learnerBody("Ada", null, null))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201);
        String path = "/api/v1/learners/" + learner + "/plan/courses/" + course;

        Map<String, String> dates = Map.of("startDate", "2026-09-01", "targetDate", "2027-06-15");
        given().contentType(ContentType.JSON).body(dates).put(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body(dates).put(path).then().statusCode(204);
        given().get("/api/v1/learners/" + learner + "/plan")
                .then()
                .statusCode(200)
                .body("courses", hasSize(1))
                .body("courses[0].courseId", equalTo(course.toString()))
                .body("courses[0].title", equalTo("Algebra I"))
                .body("courses[0].credits", equalTo(1.0f))
                .body("courses[0].startDate", equalTo("2026-09-01"))
                .body("courses[0].targetDate", equalTo("2027-06-15"));

        given().contentType(ContentType.JSON)
                .body(Map.of("startDate", "2027-09-01", "targetDate", "2027-06-15"))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", contains("targetDate"));
        given().contentType(ContentType.JSON)
                .body(dates)
                .put("/api/v1/learners/" + learner + "/plan/courses/" + UUID.randomUUID())
                .then()
                .statusCode(422);
        given().contentType(ContentType.JSON)
                .body(dates)
                .put("/api/v1/learners/nobody-" + UUID.randomUUID() + "/plan/courses/" + course)
                .then()
                .statusCode(404);

        given().delete(path).then().statusCode(204);
        given().delete(path).then().statusCode(404);
        given().get("/api/v1/learners/" + learner + "/plan")
                .then()
                .statusCode(200)
                .body("courses", hasSize(0));

        List<Map<String, Object>> enrollments = List.of(
                Map.of("learnerId", learner, "courseId", course.toString()),
                Map.of("learnerId", "ghost-" + learner, "courseId", course.toString()));
        given().contentType(ContentType.JSON)
                .body(Map.of("enrollments", enrollments))
                .post("/api/v1/enrollments/bulk")
                .then()
                .statusCode(422)
                .body("errors.field", contains("enrollments[1].learnerId"));
        given().get("/api/v1/learners/" + learner + "/plan").then().body("courses", hasSize(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("enrollments", enrollments.subList(0, 1)))
                .post("/api/v1/enrollments/bulk")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        given().get("/api/v1/learners/" + learner + "/plan").then().body("courses", hasSize(1));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-self")})
    void aStudentReadsOnlyHerselfAndWritesNothing() {
        given().get("/api/v1/learners/s-other").then().statusCode(403);
        given().get("/api/v1/learners/s-other/plan").then().statusCode(403);
        given().get("/api/v1/learners").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(learnerBody("Me", null, null))
                .put("/api/v1/learners/s-self")
                .then()
                .statusCode(403);
        given().get("/api/v1/learners/s-self").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = DISTRICT),
                @Claim(key = "learners", value = "[\"s-linked\"]", type = ClaimType.JSON_ARRAY)
            })
    void aGuardianReadsOnlyHerLinkedLearners() {
        given().get("/api/v1/learners/s-other").then().statusCode(403);
        given().get("/api/v1/learners/s-linked/plan").then().statusCode(404);
    }
}
