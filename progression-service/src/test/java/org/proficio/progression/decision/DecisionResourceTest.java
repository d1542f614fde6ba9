package org.proficio.progression.decision;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
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

/** A learner's decisions with their explanations, and educators' overrides: audited, reversible, announced. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class DecisionResourceTest {

    static final String DISTRICT = "demo";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String learner = "s-" + UUID.randomUUID();
    private final UUID framework = UUID.randomUUID();
    private final UUID competency = UUID.randomUUID();

    private void scored(String... levels) {
        Fixtures.publishFramework(DISTRICT, framework, Map.of(competency, "D.1"));
        CatalogTables.awaitFramework(framework.toString());
        for (String level : levels) {
            Fixtures.score(DISTRICT, learner, competency, framework, level);
        }
        await().atMost(WAIT)
                .untilAsserted(() ->
                        given().get(path("")).then().statusCode(200).body("evidenceCount", equalTo(levels.length)));
    }

    private String path(String rest) {
        return "/api/v1/learners/" + learner + "/progress/" + competency + rest;
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void decisionsComeNewestFirstWithTheirInputsAndComputation() {
        scored("beginning", "developing", "proficient");

        given().queryParam("limit", 2)
                .get(path("/decisions"))
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.status", contains("MASTERED", "STRUGGLING"))
                .body("items[0].cause", equalTo("EVIDENCE"))
                .body("items[0].previousStatus", equalTo("STRUGGLING"))
                .body("items[0].value", equalTo(3.0f))
                .body("items[0].level", equalTo("proficient"))
                .body("items[0].policyVersion", equalTo(0))
                .body("items[0].inputs.level", contains("beginning", "developing", "proficient"))
                .body("items[0].inputs[0].score", equalTo(1))
                .body("items[0].computation", equalTo("most recent score 3"))
                .body("items[0].explanation", startsWith("Mastered: the most recent score is 3 (Proficient)"))
                .body("nextCursor", notNullValue());
        String cursor = given().queryParam("limit", 2).get(path("/decisions")).path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(path("/decisions"))
                .then()
                .statusCode(200)
                .body("items.status", contains("IN_PROGRESS"))
                .body("nextCursor", nullValue());
        given().queryParam("limit", "many").get(path("/decisions")).then().statusCode(400);
        given().queryParam("cursor", "not-a-cursor")
                .get(path("/decisions"))
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void anOverrideHoldsOverThePolicyUntilTakenBack() {
        scored("beginning", "developing");

        given().contentType(ContentType.JSON)
                .body(Map.of("status", "MASTERED", "reason", "Shown in the capstone, observed by two teachers."))
                .put(path("/override"))
                .then()
                .statusCode(200)
                .body("cause", equalTo("OVERRIDE"))
                .body("previousStatus", equalTo("STRUGGLING"))
                .body("status", equalTo("MASTERED"))
                .body("decidedBy", equalTo("teacher"))
                .body(
                        "explanation",
                        equalTo("Set to mastered by teacher: Shown in the capstone, observed by two teachers."));
        given().get(path(""))
                .then()
                .body("status", equalTo("MASTERED"))
                .body("override.status", equalTo("MASTERED"))
                .body("override.overriddenBy", equalTo("teacher"));

        // New evidence is judged and shown; the status stays what the educator set.
        Fixtures.score(DISTRICT, learner, competency, framework, "beginning");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(path(""))
                        .then()
                        .body("evidenceCount", equalTo(3))
                        .body("status", equalTo("MASTERED"))
                        .body("consecutiveNonProficient", equalTo(3)));
        given().get(path("/decisions"))
                .then()
                .body("items[0].cause", equalTo("EVIDENCE"))
                .body("items[0].explanation", containsString("The status stays mastered, set by" + " teacher"));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Entered for the wrong learner."))
                .post(path("/override/reversal"))
                .then()
                .statusCode(200)
                .body("cause", equalTo("OVERRIDE_REVERSED"))
                .body("previousStatus", equalTo("MASTERED"))
                .body("status", equalTo("STRUGGLING"));
        given().get(path("")).then().body("status", equalTo("STRUGGLING")).body("override", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post(path("/override/reversal"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.DECISION_OVERRIDDEN))
                                .hasSize(2));
        List<TopicRecord> overridden = TestEvents.events(Topics.PROGRESSION, learner, EventTypes.DECISION_OVERRIDDEN);
        overridden.forEach(r -> EventSchemas.assertValid(EventTypes.DECISION_OVERRIDDEN, r.value()));
        assertThat(overridden.stream()
                        .map(r -> TestEvents.data(r).get("reversed").asBoolean()))
                .containsExactly(false, true);
        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.COMPETENCY_MASTERED))
                                .hasSize(1));
        JsonNode mastered =
                TestEvents.data(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.COMPETENCY_MASTERED)
                        .get(0));
        assertThat(mastered.get("evidenceId").isNull()).isTrue();
        // back to struggling after the reversal: a new struggling episode, announced
        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.LEARNER_STRUGGLING))
                                .hasSize(2));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesOverridesThatCannotBe() {
        scored("developing");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "MASTERED", "reason", " "))
                .put(path("/override"))
                .then()
                .statusCode(400)
                .body("errors.field", contains("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "GENIUS", "reason", "x"))
                .put(path("/override"))
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "MASTERED", "reason", "x"))
                .put("/api/v1/learners/" + learner + "/progress/" + UUID.randomUUID() + "/override")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(path("")).then().body("status", equalTo("IN_PROGRESS")).body("history", hasSize(1));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void aStudentReadsHerOwnDecisionsButOverridesNothing() {
        Fixtures.publishFramework(DISTRICT, framework, Map.of(competency, "D.1"));
        CatalogTables.awaitFramework(framework.toString());
        given().get("/api/v1/learners/s-0001/progress/" + UUID.randomUUID() + "/decisions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/learners/s-0001/progress/" + competency + "/decisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().get("/api/v1/learners/s-0002/progress/" + competency + "/decisions")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "MASTERED", "reason", "I know it"))
                .put("/api/v1/learners/s-0001/progress/" + competency + "/override")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
