package org.proficio.support.intervention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.support.Fixtures;

/** Progression events in from Kafka, interventions and their events out through the outbox. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "teacher", roles = "educator")
@OidcSecurity(claims = @Claim(key = "district", value = InterventionEventsTest.DISTRICT))
class InterventionEventsTest {

    static final String DISTRICT = "demo";
    private static final String DLQ = Topics.deadLetters("support");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String learner = "s-" + UUID.randomUUID();
    private final UUID competency = UUID.randomUUID();
    private final UUID framework = UUID.randomUUID();

    @Test
    void opensInterventionWhenLearnerStruggles() {
        Fixtures.struggle(DISTRICT, learner, competency, framework);

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(interventions())
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].status", equalTo("OPEN"))
                        .body("items[0].competencyId", equalTo(competency.toString()))
                        .body("items[0].frameworkId", equalTo(framework.toString()))
                        .body("items[0].reason", equalTo("2 consecutive scores below proficient"))
                        .body("items[0].openedAt", notNullValue()));
        String id = given().get(interventions()).then().extract().path("items[0].id");

        TopicRecord opened = awaitEvents(EventTypes.INTERVENTION_OPENED, 1).get(0);
        assertThat(opened.key()).isEqualTo(learner);
        assertThat(opened.headers())
                .containsEntry("ce_source", "/proficio/support")
                .containsEntry("ce_subject", learner)
                .containsEntry("ce_district", DISTRICT)
                .containsEntry("ce_specversion", "1.0")
                .containsKeys("ce_id", "ce_time");
        EventSchemas.assertValid(EventTypes.INTERVENTION_OPENED, opened.value());
        JsonNode data = TestEvents.data(opened);
        assertThat(data.get("interventionId").asText()).isEqualTo(id);
        assertThat(data.get("reason").asText()).isEqualTo("2 consecutive scores below proficient");

        given().get("/api/v1/interventions/" + id).then().statusCode(200).body("learnerId", equalTo(learner));
    }

    @Test
    void opensAnInterventionWhenAnEducatorSaysTheLearnerIsStruggling() {
        Map<String, Object> data = Fixtures.struggling(learner, competency, framework, 0);
        data.put("evidenceId", null);
        data.put("explanation", "Set to struggling by teacher: Cannot start the lab without help.");
        TestEvents.publish(
                Topics.PROGRESSION, UUID.randomUUID(), EventTypes.LEARNER_STRUGGLING, DISTRICT, learner, data);

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(interventions())
                        .then()
                        .body("items", hasSize(1))
                        .body(
                                "items[0].reason",
                                equalTo("Set to struggling by teacher: Cannot start the lab without help.")));
    }

    @Test
    void keepsOneOpenInterventionPerLearnerAndCompetency() {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> data = Fixtures.struggling(learner, competency, framework, 2);
        TestEvents.publish(Topics.PROGRESSION, eventId, EventTypes.LEARNER_STRUGGLING, DISTRICT, learner, data);
        TestEvents.publish(Topics.PROGRESSION, eventId, EventTypes.LEARNER_STRUGGLING, DISTRICT, learner, data);
        Fixtures.struggle(DISTRICT, learner, competency, framework);
        // Same key, same partition: once this later event is applied, the ones before it are too.
        UUID other = UUID.randomUUID();
        Fixtures.struggle(DISTRICT, learner, other, framework);

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(interventions())
                        .then()
                        .body("items.competencyId", contains(other.toString(), competency.toString())));
        awaitEvents(EventTypes.INTERVENTION_OPENED, 2);
        assertThat(TestEvents.events(Topics.SUPPORT, learner, EventTypes.INTERVENTION_OPENED))
                .hasSize(2);
    }

    @Test
    void resolvesOpenInterventionWhenCompetencyMastered() {
        Fixtures.struggle(DISTRICT, learner, competency, framework);
        awaitEvents(EventTypes.INTERVENTION_OPENED, 1);

        Fixtures.master(DISTRICT, learner, competency, framework);

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(interventions())
                        .then()
                        .body("items", hasSize(1))
                        .body("items[0].status", equalTo("RESOLVED"))
                        .body("items[0].resolution", equalTo("competency mastered"))
                        .body("items[0].resolvedAt", notNullValue()));
        TopicRecord resolved = awaitEvents(EventTypes.INTERVENTION_RESOLVED, 1).get(0);
        EventSchemas.assertValid(EventTypes.INTERVENTION_RESOLVED, resolved.value());
        assertThat(TestEvents.data(resolved).get("resolution").asText()).isEqualTo("competency mastered");
        assertThat(TestEvents.data(resolved).get("interventionId").asText())
                .isEqualTo(TestEvents.data(TestEvents.events(Topics.SUPPORT, learner, EventTypes.INTERVENTION_OPENED)
                                .get(0))
                        .get("interventionId")
                        .asText());
    }

    @Test
    void opensAgainWhenLearnerStrugglesAfterResolution() {
        Fixtures.struggle(DISTRICT, learner, competency, framework);
        Fixtures.master(DISTRICT, learner, competency, framework);
        Fixtures.struggle(DISTRICT, learner, competency, framework);

        await().atMost(WAIT)
                .untilAsserted(
                        () -> given().get(interventions()).then().body("items.status", contains("OPEN", "RESOLVED")));
        given().queryParam("status", "open")
                .get(interventions())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("OPEN"));
    }

    @Test
    void masteryWithoutOpenInterventionChangesNothing() {
        Fixtures.master(DISTRICT, learner, competency, framework);
        Fixtures.struggle(DISTRICT, learner, UUID.randomUUID(), framework);

        awaitEvents(EventTypes.INTERVENTION_OPENED, 1);
        given().get(interventions()).then().body("items", hasSize(1));
        assertThat(TestEvents.events(Topics.SUPPORT, learner, EventTypes.INTERVENTION_RESOLVED))
                .isEmpty();
    }

    @Test
    void deadLettersUnreadableRecordsAndAppliesLaterEvents() {
        TestEvents.send(Topics.PROGRESSION, learner, "garbage", Map.of());
        Map<String, Object> noLearner = Fixtures.struggling(learner, competency, framework, 2);
        noLearner.remove("learnerId");
        TestEvents.send(
                Topics.PROGRESSION,
                learner,
                TestEvents.json(noLearner),
                TestEvents.headers(UUID.randomUUID(), EventTypes.LEARNER_STRUGGLING, DISTRICT, learner));
        Fixtures.struggle(DISTRICT, learner, competency, framework);

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(interventions()).then().body("items", hasSize(1)));
        await().atMost(WAIT)
                .untilAsserted(() ->
                        assertThat(TestEvents.recordsWithKey(DLQ, learner)).hasSize(2));
        List<TopicRecord> dead = TestEvents.recordsWithKey(DLQ, learner);
        assertThat(dead.get(0).value()).isEqualTo("garbage");
        assertThat(dead).allSatisfy(r -> assertThat(r.headers()).containsKey("dead-letter-reason"));
    }

    @Test
    void ignoresMasteryChanged() {
        TestEvents.publish(
                Topics.PROGRESSION,
                EventTypes.MASTERY_CHANGED,
                DISTRICT,
                learner,
                Map.of(
                        "learnerId",
                        learner,
                        "competencyId",
                        competency.toString(),
                        "frameworkId",
                        framework.toString(),
                        "previousStatus",
                        "IN_PROGRESS",
                        "status",
                        "STRUGGLING",
                        "evidenceId",
                        UUID.randomUUID().toString(),
                        "changedAt",
                        "2026-11-23T08:00:00Z"));
        Fixtures.struggle(DISTRICT, learner, competency, framework);

        awaitEvents(EventTypes.INTERVENTION_OPENED, 1);
        given().get(interventions()).then().body("items", hasSize(1));
        assertThat(TestEvents.recordsWithKey(DLQ, learner)).isEmpty();
    }

    private String interventions() {
        return "/api/v1/learners/" + learner + "/interventions";
    }

    private List<TopicRecord> awaitEvents(String type, int count) {
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TestEvents.events(Topics.SUPPORT, learner, type))
                        .hasSizeGreaterThanOrEqualTo(count));
        return TestEvents.events(Topics.SUPPORT, learner, type);
    }
}
