package org.proficio.assessment.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.LearnerEvents;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/** Bulk evidence intake: per-item results, whole items or nothing of them, events, idempotency, limits, roles. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BulkEvidenceTest {

    private static final String BULK = "/api/v1/evidence/bulk";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A framework of three competencies published for district demo, and one for another district. */
    private static Map<String, Object> demo;

    private static Map<String, Object> elsewhere;

    @BeforeEach
    void publishFrameworksOnce() {
        if (demo != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> demoFramework = CatalogSnapshots.minimal(3);
            Map<String, Object> otherFramework = CatalogSnapshots.minimal(1);
            events.publishAndAwait("demo", demoFramework);
            events.publishAndAwait("other-district", otherFramework);
            demo = demoFramework;
            elsewhere = otherFramework;
        }
    }

    private static String competency(int index) {
        return CatalogSnapshots.competencyId(demo, index);
    }

    private static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    /** An item as EvidenceIntakeTest sends it to the single POST: one competency, inline assessment, a level. */
    static Map<String, Object> item(String learnerId, String competencyId, String level, String sourceId) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("learnerId", learnerId);
        item.put("competencyId", competencyId);
        item.put("assessment", Map.of("title", "Exit ticket", "kind", "FORMATIVE", "modality", "PERFORMANCE_TASK"));
        if (level != null) {
            item.put("level", level);
        }
        item.put("sourceId", sourceId);
        item.put("observedAt", "2026-11-20T10:15:00+02:00");
        item.put(
                "artifact",
                Map.of(
                        "url",
                        "https://lms.example.org/submissions/" + sourceId,
                        "mediaType",
                        "application/pdf",
                        "checksum",
                        "sha256:" + "ab".repeat(32)));
        return item;
    }

    private static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(item);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    static Response bulk(String key, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(BULK);
    }

    private static Map<String, Object> items(List<?> items) {
        return Map.of("items", items);
    }

    private static long count(String table, String learnerPrefix) {
        String learnerColumn = table.equals("outbox_event") ? "subject" : "learner_id";
        return TestDatabase.count(
                "select count(*) from " + table + " where " + learnerColumn + " like ?", learnerPrefix + "%");
    }

    private static long rowsOfEvidence(String table, String sourceId) {
        return TestDatabase.count(
                "select count(*) from " + table + " t join evidence e on e.id = t.evidence_id where e.source_id = ?",
                sourceId);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void storesEveryGoodItemWholeAndRejectsEachBadItemAlone() {
        String learner = newLearner();
        String run = UUID.randomUUID().toString();
        Map<String, Object> good = item(learner, competency(1), "proficient", "good-0-" + run);
        Map<String, Object> unscoredTwoCompetencies = with(
                with(item(learner, null, null, "good-2-" + run), "competencyId", null),
                "competencyIds",
                List.of(competency(1), competency(2)));
        Map<String, Object> scoredPerCompetency = with(
                with(item(learner, null, null, "good-7-" + run), "competencyId", null),
                "competencyIds",
                List.of(competency(1), competency(2)));
        scoredPerCompetency.put(
                "scores",
                List.of(
                        Map.of("competencyId", competency(1), "level", "developing"),
                        Map.of("competencyId", competency(2), "level", "advanced", "feedback", "Well argued.")));
        List<Object> body = new ArrayList<>();
        body.add(good);
        body.add(item(learner, UUID.randomUUID().toString(), "developing", "unknown-competency-" + run));
        body.add(unscoredTwoCompetencies);
        body.add(item(learner, competency(1), "excellent", "bad-level-" + run));
        body.add(with(
                item(learner, competency(1), "developing", "missing-title-" + run),
                "assessment",
                Map.of("kind", "FORMATIVE", "modality", "PROJECT")));
        body.add(with(
                item(learner, competency(1), "developing", "wrong-type-" + run),
                "assessment",
                Map.of("title", "Quiz", "kind", "FORMATIVE", "modality", "TELEPATHY")));
        body.add(with(
                item(learner, competency(1), "developing", "future-" + run),
                "observedAt",
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()));
        body.add(scoredPerCompetency);
        body.add("not an object");
        body.add(with(item(learner, competency(1), "developing", "nul-" + run), "text", "before\u0000after"));
        body.add(
                with(item(learner, competency(1), "developing", "ancient-" + run), "observedAt", "-4800-01-01T00:00Z"));
        body.add(item(learner, CatalogSnapshots.competencyId(elsewhere, 0), "developing", "elsewhere-" + run));
        body.add(with(item(learner, competency(1), "developing", "not-a-uuid-" + run), "competencyIds", "c-1"));

        JsonPath result = bulk(null, items(body))
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("accepted", equalTo(3))
                .body("rejected", equalTo(10))
                .extract()
                .jsonPath();

        assertThat(result.getList("items.index", Integer.class))
                .containsExactlyElementsOf(
                        IntStream.range(0, body.size()).boxed().toList());
        assertThat(result.getList("items.status", String.class))
                .containsExactly(
                        "ACCEPTED",
                        "REJECTED",
                        "ACCEPTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "ACCEPTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED",
                        "REJECTED");
        assertRejected(result, 1, 422, "competencyId");
        assertRejected(result, 3, 422, "level");
        assertThat(result.getString("items[3].problem.errors[0].message"))
                .contains("beginning, developing, proficient, advanced");
        assertRejected(result, 4, 400, "assessment.title");
        assertRejected(result, 5, 400, "assessment.modality");
        assertRejected(result, 6, 422, "observedAt");
        assertThat(result.getInt("items[8].problem.status")).isEqualTo(400);
        assertThat(result.getString("items[8].sourceId")).isNull();
        assertRejected(result, 9, 400, "text");
        assertThat(result.getInt("items[10].problem.status")).isIn(400, 422);
        assertThat(result.getList("items[10].problem.errors.field", String.class))
                .containsExactly("observedAt");
        assertRejected(result, 11, 422, "competencyId");
        assertRejected(result, 12, 400, "competencyIds");
        assertThat(result.getString("items[1].sourceId")).isEqualTo("unknown-competency-" + run);
        assertThat(result.getString("items[1].problem.type")).isEqualTo("urn:proficio:problem:unprocessable");
        assertThat(result.getString("items[1].evidenceId")).isNull();

        // Exactly the good items are stored, each whole: evidence, its alignments, its final scores.
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isEqualTo(3);
        Map<String, String> ids = Map.of(
                "good-0-" + run, result.getString("items[0].evidenceId"),
                "good-2-" + run, result.getString("items[2].evidenceId"),
                "good-7-" + run, result.getString("items[7].evidenceId"));
        ids.forEach((sourceId, id) -> assertThat(TestDatabase.count(
                        "select count(*) from evidence where id = ?::uuid and source_id = ?", id, sourceId))
                .as(sourceId)
                .isEqualTo(1));
        assertThat(rowsOfEvidence("evidence_alignment", "good-0-" + run)).isEqualTo(1);
        assertThat(rowsOfEvidence("evidence_score", "good-0-" + run)).isEqualTo(1);
        assertThat(rowsOfEvidence("evidence_alignment", "good-2-" + run)).isEqualTo(2);
        assertThat(rowsOfEvidence("evidence_score", "good-2-" + run)).isZero();
        assertThat(rowsOfEvidence("evidence_alignment", "good-7-" + run)).isEqualTo(2);
        assertThat(rowsOfEvidence("evidence_score", "good-7-" + run)).isEqualTo(2);
        assertThat(TestDatabase.rows(
                        "select a.status, s.level, s.feedback from evidence_alignment a join evidence e on e.id ="
                                + " a.evidence_id left join evidence_score s on s.evidence_id = e.id and"
                                + " s.competency_id = a.competency_id where e.source_id = ? order by a.position",
                        "good-7-" + run))
                .extracting(r -> r.get("status") + "/" + r.get("level") + "/" + r.get("feedback"))
                .containsExactly("FINAL/developing/null", "FINAL/advanced/Well argued.");
        assertThat(TestDatabase.rows("select artifact_checksum from evidence where source_id = ?", "good-0-" + run))
                .extracting(r -> r.get("artifact_checksum"))
                .containsExactly("sha256:" + "ab".repeat(32));

        // Their events, and only theirs: Submitted then Scored per final score, schema-valid.
        assertThat(TestDatabase.count("select count(*) from outbox_event where subject = ?", learner))
                .isEqualTo(6);
        List<TopicRecord> records = LearnerEvents.awaitCount(learner, 6, Duration.ofSeconds(90));
        assertThat(records).hasSize(6);
        for (TopicRecord record : records) {
            EventSchemas.assertValid(record.headers().get("ce_type"), record.value());
            assertThat(record.headers()).containsEntry("ce_district", "demo").containsEntry("ce_subject", learner);
        }
        Map<String, List<String>> typesByEvidence = records.stream()
                .collect(Collectors.groupingBy(
                        r -> json(r.value()).get("evidenceId").asText(),
                        LinkedHashMap::new,
                        Collectors.mapping(r -> r.headers().get("ce_type"), Collectors.toList())));
        assertThat(typesByEvidence.keySet()).containsExactlyInAnyOrderElementsOf(ids.values());
        assertThat(typesByEvidence.get(ids.get("good-0-" + run)))
                .containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED);
        assertThat(typesByEvidence.get(ids.get("good-2-" + run))).containsExactly(EventTypes.EVIDENCE_SUBMITTED);
        assertThat(typesByEvidence.get(ids.get("good-7-" + run)))
                .containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED, EventTypes.EVIDENCE_SCORED);
        Map<String, Boolean> awaiting = records.stream()
                .filter(r -> EventTypes.EVIDENCE_SUBMITTED.equals(r.headers().get("ce_type")))
                .collect(Collectors.toMap(
                        r -> json(r.value()).get("evidenceId").asText(),
                        r -> json(r.value()).get("awaitingScores").asBoolean()));
        assertThat(awaiting)
                .as("awaitingScores of EvidenceSubmitted: only the unscored item awaits raters")
                .containsEntry(ids.get("good-0-" + run), false)
                .containsEntry(ids.get("good-2-" + run), true)
                .containsEntry(ids.get("good-7-" + run), false);
    }

    private static void assertRejected(JsonPath result, int index, int status, String... fields) {
        String item = "items[" + index + "]";
        assertThat(result.getString(item + ".status")).as(item).isEqualTo("REJECTED");
        assertThat(result.getInt(item + ".problem.status")).as(item).isEqualTo(status);
        assertThat(result.getString(item + ".problem.detail")).as(item).isNotBlank();
        assertThat(result.getList(item + ".problem.errors.field", String.class))
                .as(item)
                .containsExactlyInAnyOrder(fields);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesASummativeAttemptUntilAnEarlierItemMakesTheLearnerReady() {
        String assessment = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Ratio project defense",
                        "kind",
                        "SUMMATIVE",
                        "modality",
                        "PRESENTATION",
                        "competencyIds",
                        List.of(competency(1))))
                .post("/api/v1/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String learner = newLearner();
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("learnerId", learner);
        attempt.put("assessmentId", assessment);
        attempt.put("level", "proficient");
        attempt.put("sourceId", "attempt-" + learner);

        // Not ready (no formative evidence yet), then formative evidence, then the same attempt again: items are taken
        // in order, each seeing what the earlier ones wrote.
        JsonPath result = bulk(
                        null,
                        items(List.of(
                                attempt, item(learner, competency(1), "developing", "formative-" + learner), attempt)))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(2))
                .extract()
                .jsonPath();
        assertRejected(result, 0, 409, "FORMATIVE_EVIDENCE");
        assertThat(result.getString("items[0].problem.type")).isEqualTo("urn:proficio:problem:not-ready");
        assertThat(result.getList("items.status", String.class)).containsExactly("REJECTED", "ACCEPTED", "ACCEPTED");
        assertThat(TestDatabase.rows(
                        "select attempt from evidence where id = ?::uuid", result.getString("items[2].evidenceId")))
                .extracting(r -> r.get("attempt"))
                .containsExactly(1);
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isEqualTo(2);

        // The refusal is announced (committed with the bulk), so that support can act.
        List<TopicRecord> denied = LearnerEvents.awaitOfType(learner, EventTypes.READINESS_DENIED);
        assertThat(denied).hasSize(1);
        EventSchemas.assertValid(EventTypes.READINESS_DENIED, denied.get(0).value());
        assertThat(denied.get(0).value()).contains(assessment);
    }

    @Test
    @TestSecurity(user = "student7", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-bulk-7")})
    void studentSubmitsOnlyOwnUnscoredWork() {
        String run = UUID.randomUUID().toString();
        String foreign = newLearner();
        JsonPath result = bulk(
                        null,
                        items(List.of(
                                item("s-bulk-7", competency(1), null, "own-" + run),
                                item("s-bulk-7", competency(1), "advanced", "own-scored-" + run),
                                item(foreign, competency(1), null, "foreign-" + run))))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(2))
                .extract()
                .jsonPath();
        assertThat(result.getString("items[0].status")).isEqualTo("ACCEPTED");
        assertThat(result.getInt("items[1].problem.status")).isEqualTo(403);
        assertThat(result.getInt("items[2].problem.status")).isEqualTo(403);
        assertThat(result.getString("items[2].problem.detail")).contains(foreign);
        assertThat(TestDatabase.count("select count(*) from evidence where source_id like ?", "%-" + run))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", foreign))
                .isZero();
        assertThat(rowsOfEvidence("evidence_score", "own-" + run)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void acceptsAThousandItemsAndRelaysTheirEvents() {
        String prefix = "s-k-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Map<String, Object>> body = IntStream.range(0, BulkRequests.MAX_ITEMS)
                .mapToObj(i -> item(prefix + (i % 20), competency(1 + i % 2), "developing", prefix + "item-" + i))
                .toList();

        JsonPath result = bulk("thousand-" + prefix, json(items(body)))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(BulkRequests.MAX_ITEMS))
                .body("rejected", equalTo(0))
                .extract()
                .jsonPath();

        assertThat(result.getList("items.status", String.class)).containsOnly("ACCEPTED");
        assertThat(result.getList("items.sourceId", String.class))
                .containsExactlyElementsOf(IntStream.range(0, BulkRequests.MAX_ITEMS)
                        .mapToObj(i -> prefix + "item-" + i)
                        .toList());
        assertThat(Set.copyOf(result.getList("items.evidenceId", String.class))).hasSize(BulkRequests.MAX_ITEMS);
        assertThat(count("evidence", prefix)).isEqualTo(1000);
        assertThat(TestDatabase.count(
                        "select count(*) from evidence_alignment a join evidence e on e.id = a.evidence_id"
                                + " where e.learner_id like ?",
                        prefix + "%"))
                .isEqualTo(1000);
        assertThat(TestDatabase.count(
                        "select count(*) from evidence_score s join evidence e on e.id = s.evidence_id"
                                + " where e.learner_id like ?",
                        prefix + "%"))
                .isEqualTo(1000);
        assertThat(count("outbox_event", prefix)).isEqualTo(2000);

        // The relay drains them (so that later tests' events are not queued behind 2,000 of these).
        Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> TestDatabase.count(
                                "select count(*) from outbox_event where subject like ? and published_at is null",
                                prefix + "%")
                        == 0);
        long onTopic = new TopicReader(KafkaTestResource.bootstrapServers())
                .readAll(Topics.ASSESSMENT).stream()
                        .filter(r -> r.key() != null && r.key().startsWith(prefix))
                        .count();
        assertThat(onTopic).isEqualTo(2000);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesMoreThanAThousandItemsWritingNothing() {
        String prefix = "s-" + UUID.randomUUID() + "-";
        List<Map<String, Object>> body = IntStream.range(0, BulkRequests.MAX_ITEMS + 1)
                .mapToObj(i -> item(prefix + i, competency(1), "developing", "over-" + i))
                .toList();
        bulk("over-" + prefix, items(body))
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items"));
        assertThat(count("evidence", prefix)).isZero();
        assertThat(count("outbox_event", prefix)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesEmptyMissingOrMalformedItems() {
        bulk(null, items(List.of()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items"));
        bulk(null, Map.of()).then().statusCode(400).contentType("application/problem+json");
        bulk(null, Map.of("items", "not a list"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items"));
        bulk(null, "{\"items\": [{\"learnerId\": ").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).post(BULK).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    @SuppressWarnings("unchecked")
    void repeatWithSameIdempotencyKeyReturnsTheFirstAnswerAndWritesNothing() {
        String learner = newLearner();
        String key = "bulk-retry-" + UUID.randomUUID();
        Map<String, Object> body = items(List.of(
                item(learner, competency(1), "developing", "a-" + key),
                item(learner, competency(1), "excellent", "b-" + key),
                item(learner, competency(2), null, "c-" + key)));

        ExtractableResponse<Response> first =
                bulk(key, body).then().statusCode(200).extract();
        long evidence = TestDatabase.count("select count(*) from evidence where learner_id = ?", learner);
        long events = TestDatabase.count("select count(*) from outbox_event where subject = ?", learner);
        ExtractableResponse<Response> repeat =
                bulk(key, body).then().statusCode(200).extract();

        assertThat(first.<Integer>path("accepted")).isEqualTo(2);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body().asString()).isEqualTo(first.body().asString());
        assertThat(evidence).isEqualTo(2);
        assertThat(events).isEqualTo(3);
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isEqualTo(evidence);
        assertThat(TestDatabase.count("select count(*) from outbox_event where subject = ?", learner))
                .isEqualTo(events);

        // The same evidence written differently (fields in another order, the same instant in UTC) is the same request.
        List<Map<String, Object>> rewritten = new ArrayList<>();
        for (Object original : (List<?>) body.get("items")) {
            Map<String, Object> item = new LinkedHashMap<>();
            List<Map.Entry<String, Object>> fields = new ArrayList<>(((Map<String, Object>) original).entrySet());
            Collections.reverse(fields);
            fields.forEach(f -> item.put(f.getKey(), f.getValue()));
            item.put("observedAt", "2026-11-20T08:15:00Z");
            rewritten.add(item);
        }
        ExtractableResponse<Response> again =
                bulk(key, items(rewritten)).then().statusCode(200).extract();
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void sameIdempotencyKeyWithAnotherBodyIsRejected() {
        String learner = newLearner();
        String key = "bulk-reused-" + UUID.randomUUID();
        bulk(key, items(List.of(item(learner, competency(1), "developing", "first-" + key))))
                .then()
                .statusCode(200);

        bulk(key, items(List.of(item(learner, competency(1), "advanced", "first-" + key))))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("Idempotency-Key"));
        // A key of the single POST is not a key of the bulk POST either.
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(item(learner, competency(1), "developing", "first-" + key))
                .post("/api/v1/evidence")
                .then()
                .statusCode(422);
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void acceptsEveryModalityAndRequiresTheSettingOfLearningOutsideSchool() {
        String learner = newLearner();
        List<Map<String, Object>> body = new ArrayList<>();
        for (Modality modality : Modality.values()) {
            Map<String, Object> item = with(
                    item(learner, competency(1), "proficient", "modality-" + modality + "-" + learner),
                    "assessment",
                    Map.of("title", "Evidence by " + modality, "kind", "INTERIM", "modality", modality.name()));
            if (modality == Modality.EXTERNAL) {
                item.put(
                        "outsideSchool",
                        Map.of(
                                "setting",
                                "Summer internship at the city water utility",
                                "verifier",
                                Map.of("name", "Dana Reyes", "role", "Internship supervisor")));
            }
            body.add(item);
        }
        body.add(with(
                item(learner, competency(1), "proficient", "external-without-setting-" + learner),
                "assessment",
                Map.of("title", "Internship", "kind", "FORMATIVE", "modality", "EXTERNAL")));

        JsonPath result = bulk(null, items(body))
                .then()
                .statusCode(200)
                .body("accepted", equalTo(Modality.values().length))
                .body("rejected", equalTo(1))
                .extract()
                .jsonPath();
        assertRejected(result, Modality.values().length, 422, "outsideSchool");

        Map<String, String> stored = new HashMap<>();
        TestDatabase.rows("select modality, setting, verifier_name from evidence where learner_id = ?", learner)
                .forEach(r -> stored.put((String) r.get("modality"), r.get("setting") + "/" + r.get("verifier_name")));
        assertThat(stored)
                .containsOnlyKeys(java.util.Arrays.stream(Modality.values())
                        .map(Enum::name)
                        .toArray(String[]::new))
                .containsEntry("EXTERNAL", "Summer internship at the city water utility/Dana Reyes")
                .containsEntry("PORTFOLIO", "null/null");
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void databaseFailureWritesNothingAndLeavesTheKeyForTheRetry() {
        String learner = newLearner();
        String key = "bulk-db-failure-" + UUID.randomUUID();
        Map<String, Object> body = items(List.of(
                item(learner, competency(1), "developing", "before-" + key),
                item(learner, competency(1), "developing", "explodes-" + key),
                item(learner, competency(2), "advanced", "after-" + key)));
        // A real failure of the database in the middle of the bulk: a trigger refuses one row of it.
        execute("create function refuse_evidence() returns trigger language plpgsql as $$ begin"
                + " if new.source_id = 'explodes-" + key + "' then raise exception 'disk on fire'; end if;"
                + " return new; end $$");
        execute("create trigger refuse_evidence before insert on evidence for each row"
                + " execute function refuse_evidence()");
        try {
            bulk(key, body).then().statusCode(500).contentType("application/problem+json");
        } finally {
            execute("drop trigger refuse_evidence on evidence");
            execute("drop function refuse_evidence()");
        }
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isZero();
        assertThat(TestDatabase.count("select count(*) from outbox_event where subject = ?", learner))
                .isZero();

        bulk(key, body)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("accepted", equalTo(3));
        assertThat(TestDatabase.count("select count(*) from evidence where learner_id = ?", learner))
                .isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learners", value = "s-0001")})
    void guardiansMayNotSubmit() {
        bulk(null, items(List.of(item("s-0001", competency(1), null, "guardian-" + UUID.randomUUID()))))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void refusesSubmissionWithoutToken() {
        bulk(null, items(List.of(item(newLearner(), UUID.randomUUID().toString(), null, "anonymous"))))
                .then()
                .statusCode(401);
    }

    @Test
    void documentsTheOperationWithSummaryAndExamples() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, Object> operation = paths.get(BULK).get("post");
        assertThat(operation).containsKey("summary");
        assertThat(operation.toString()).contains("example", "bearer", "Idempotency-Key", "problem+json", "413");
        assertThat(openapi.getString("components.schemas.NewEvidenceBulk.properties.items.items.$ref"))
                .as("items are documented as NewEvidence")
                .endsWith("/NewEvidence");
    }

    /** Runs DDL on the test database as its owner (TestDatabase only reads). */
    private static void execute(String sql) {
        Config config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        credentials.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        credentials.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        try (Connection connection = new Driver()
                        .connect(config.getValue("quarkus.datasource.jdbc.url", String.class), credentials);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed: " + sql, e);
        }
    }
}
