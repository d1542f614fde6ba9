package org.proficio.progression.mastery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.util.LinkedHashMap;
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
import org.proficio.progression.Fixtures;

/** Scored evidence in from Kafka, mastery decisions out through the outbox, against a real broker and database. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "teacher", roles = "educator")
@OidcSecurity(claims = @Claim(key = "district", value = MasteryEventsTest.DISTRICT))
class MasteryEventsTest {

    static final String DISTRICT = "demo";
    private static final String DLQ = Topics.deadLetters("progression");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String learner = "s-" + UUID.randomUUID();
    private final UUID competency = UUID.randomUUID();
    private final UUID framework = UUID.randomUUID();

    @Test
    void strugglesAfterTwoScoresBelowProficientThenMasters() {
        Fixtures.score(DISTRICT, learner, competency, framework, "beginning");
        Fixtures.score(DISTRICT, learner, competency, framework, "developing");

        awaitStatus(competency, "STRUGGLING");
        List<TopicRecord> struggling = awaitEvents(EventTypes.LEARNER_STRUGGLING, 1);
        TopicRecord record = struggling.get(0);
        assertThat(record.headers())
                .containsEntry("ce_source", "/proficio/progression")
                .containsEntry("ce_subject", learner)
                .containsEntry("ce_district", DISTRICT)
                .containsEntry("ce_specversion", "1.0")
                .containsKeys("ce_id", "ce_time");
        EventSchemas.assertValid(EventTypes.LEARNER_STRUGGLING, record.value());
        JsonNode data = TestEvents.data(record);
        assertThat(data.get("competencyId").asText()).isEqualTo(competency.toString());
        assertThat(data.get("frameworkId").asText()).isEqualTo(framework.toString());
        assertThat(data.get("consecutiveNonProficient").asInt()).isEqualTo(2);

        Fixtures.score(DISTRICT, learner, competency, framework, "proficient");

        awaitStatus(competency, "MASTERED");
        TopicRecord mastered = awaitEvents(EventTypes.COMPETENCY_MASTERED, 1).get(0);
        EventSchemas.assertValid(EventTypes.COMPETENCY_MASTERED, mastered.value());
        assertThat(mastered.key()).isEqualTo(learner);
        List<TopicRecord> changes = awaitEvents(EventTypes.MASTERY_CHANGED, 3);
        changes.forEach(c -> EventSchemas.assertValid(EventTypes.MASTERY_CHANGED, c.value()));
        assertThat(changes.stream()
                        .map(c -> TestEvents.data(c).get("previousStatus").asText()))
                .containsExactly("NOT_STARTED", "IN_PROGRESS", "STRUGGLING");
        assertThat(changes.stream().map(c -> TestEvents.data(c).get("status").asText()))
                .containsExactly("IN_PROGRESS", "STRUGGLING", "MASTERED");
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.LEARNER_STRUGGLING))
                .hasSize(1);

        given().get(progress(competency))
                .then()
                .statusCode(200)
                .body("evidenceCount", equalTo(3))
                .body("proficientEvidenceCount", equalTo(1))
                .body("consecutiveNonProficient", equalTo(0))
                .body("lastLevel", equalTo("proficient"))
                .body("value", equalTo(3.0f))
                .body("level", equalTo("proficient"))
                .body("policyVersion", equalTo(0))
                .body("history.status", contains("IN_PROGRESS", "STRUGGLING", "MASTERED"))
                .body("history.cause", contains("EVIDENCE", "EVIDENCE", "EVIDENCE"))
                .body(
                        "history[1].reason",
                        equalTo("Struggling: the last 2 scores were below proficient (3); the most recent score is 2"
                                + " (Developing)."));
        JsonNode change = TestEvents.data(changes.get(2));
        assertThat(change.get("cause").asText()).isEqualTo("EVIDENCE");
        assertThat(change.get("value").decimalValue()).isEqualByComparingTo("3");
        assertThat(change.get("explanation").asText()).startsWith("Mastered: the most recent score is 3");
    }

    @Test
    void staysStrugglingWithoutAnotherStrugglingEvent() {
        Fixtures.score(DISTRICT, learner, competency, framework, "beginning");
        Fixtures.score(DISTRICT, learner, competency, framework, "beginning");
        Fixtures.score(DISTRICT, learner, competency, framework, "developing");

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(progress(competency))
                        .then()
                        .body("evidenceCount", equalTo(3))
                        .body("status", equalTo("STRUGGLING"))
                        .body("consecutiveNonProficient", equalTo(3)));
        awaitEvents(EventTypes.MASTERY_CHANGED, 2);
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.LEARNER_STRUGGLING))
                .hasSize(1);
    }

    @Test
    void countsTheSameEvidenceScoredOnce() {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> data = Fixtures.scored(UUID.randomUUID(), learner, competency, framework, "developing");
        TestEvents.publish(Topics.ASSESSMENT, eventId, EventTypes.EVIDENCE_SCORED, DISTRICT, learner, data);
        TestEvents.publish(Topics.ASSESSMENT, eventId, EventTypes.EVIDENCE_SCORED, DISTRICT, learner, data);
        // Same key, same partition: once this later event is applied, the repeat has been consumed too.
        UUID later = UUID.randomUUID();
        Fixtures.score(DISTRICT, learner, later, framework, "developing");

        awaitStatus(later, "IN_PROGRESS");
        given().get(progress(competency))
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("evidenceCount", equalTo(1))
                .body("history", hasSize(1));
    }

    @Test
    void deadLettersUnreadableRecordsAndAppliesLaterEvents() {
        TestEvents.send(Topics.ASSESSMENT, learner, "{not json", Map.of());
        Map<String, Object> noCompetency =
                Fixtures.scored(UUID.randomUUID(), learner, competency, framework, "developing");
        noCompetency.remove("competencyId");
        TestEvents.send(
                Topics.ASSESSMENT,
                learner,
                TestEvents.json(noCompetency),
                TestEvents.headers(UUID.randomUUID(), EventTypes.EVIDENCE_SCORED, DISTRICT, learner));
        Fixtures.score(DISTRICT, learner, competency, framework, "developing");

        awaitStatus(competency, "IN_PROGRESS");
        await().atMost(WAIT)
                .untilAsserted(() ->
                        assertThat(TestEvents.recordsWithKey(DLQ, learner)).hasSize(2));
        List<TopicRecord> dead = TestEvents.recordsWithKey(DLQ, learner);
        assertThat(dead.get(0).value()).isEqualTo("{not json");
        assertThat(dead.get(1).value()).doesNotContain("competencyId");
        assertThat(dead).allSatisfy(r -> assertThat(r.headers()).containsKey("dead-letter-reason"));
        given().get(progress(competency)).then().body("evidenceCount", equalTo(1));
    }

    @Test
    void deadLettersRecordsWithMalformedCloudEventsHeaders() {
        Map<String, Object> data = Fixtures.scored(UUID.randomUUID(), learner, competency, framework, "developing");
        Map<String, String> badTime = new LinkedHashMap<>(
                TestEvents.headers(UUID.randomUUID(), EventTypes.EVIDENCE_SCORED, DISTRICT, learner));
        badTime.put("ce_time", "yesterday");
        Map<String, String> badId = new LinkedHashMap<>(
                TestEvents.headers(UUID.randomUUID(), EventTypes.EVIDENCE_SCORED, DISTRICT, learner));
        badId.put("ce_id", "42");
        Map<String, String> noDistrict = new LinkedHashMap<>(
                TestEvents.headers(UUID.randomUUID(), EventTypes.EVIDENCE_SCORED, DISTRICT, learner));
        noDistrict.remove("ce_district");
        TestEvents.send(Topics.ASSESSMENT, learner, TestEvents.json(data), badTime);
        TestEvents.send(Topics.ASSESSMENT, learner, TestEvents.json(data), badId);
        TestEvents.send(Topics.ASSESSMENT, learner, TestEvents.json(data), noDistrict);
        Fixtures.score(DISTRICT, learner, competency, framework, "developing");

        awaitStatus(competency, "IN_PROGRESS");
        given().get(progress(competency)).then().body("evidenceCount", equalTo(1));
        await().atMost(WAIT)
                .untilAsserted(() ->
                        assertThat(TestEvents.recordsWithKey(DLQ, learner)).hasSize(3));
    }

    @Test
    void ignoresTheAssessmentTopicsOtherEvents() {
        TestEvents.publish(
                Topics.ASSESSMENT,
                EventTypes.EVIDENCE_SUBMITTED,
                DISTRICT,
                learner,
                Map.of(
                        "evidenceId",
                        UUID.randomUUID().toString(),
                        "learnerId",
                        learner,
                        "competencyIds",
                        List.of(competency.toString()),
                        "frameworkId",
                        framework.toString(),
                        "assessmentKind",
                        "SUMMATIVE",
                        "modality",
                        "project",
                        "submittedAt",
                        "2026-11-23T08:00:00Z"));
        Fixtures.score(DISTRICT, learner, competency, framework, "advanced");

        awaitStatus(competency, "MASTERED");
        given().get(progress(competency)).then().body("evidenceCount", equalTo(1));
        assertThat(TestEvents.recordsWithKey(DLQ, learner)).isEmpty();
    }

    @Test
    void keepsDistrictsApart() {
        Fixtures.score("other-district", learner, competency, framework, "developing");
        Fixtures.score(DISTRICT, learner, competency, framework, "advanced");

        awaitStatus(competency, "MASTERED");
        given().get(progress(competency))
                .then()
                .body("evidenceCount", equalTo(1))
                .body("history", hasSize(1));
    }

    private String progress(UUID competencyId) {
        return "/api/v1/learners/" + learner + "/progress/" + competencyId;
    }

    private void awaitStatus(UUID competencyId, String status) {
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(progress(competencyId))
                        .then()
                        .statusCode(200)
                        .body("status", equalTo(status)));
    }

    private List<TopicRecord> awaitEvents(String type, int count) {
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, type))
                        .hasSizeGreaterThanOrEqualTo(count));
        return TestEvents.events(Topics.PROGRESSION, learner, type);
    }
}
