package org.proficio.assessment.xapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.LearnerEvents;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;

/**
 * xAPI statements in, evidence out: the ADL examples, mapping of actor, activity and result, per-statement results,
 * duplicates and conflicts, idempotency, and the refusals of the request as a whole. District "xapi" is this class's
 * own, so that its agent mappings and activities meet no other test's.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class XapiStatementsTest {

    static final String STATEMENTS = "/xapi/statements";
    static final String AGENTS = "/api/v1/xapi/agents/";
    static final String SIMPLE_CBT = "http://example.adlnet.gov/xapi/example/simpleCBT";

    /** The framework (default 1..4 scale) published for district xapi. */
    private static Map<String, Object> framework;

    @BeforeEach
    void publishFrameworkOnce() {
        if (framework != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> snapshot = CatalogSnapshots.minimal(2);
            events.publishAndAwait("xapi", snapshot);
            framework = snapshot;
        }
    }

    static String adl(String name) {
        try (InputStream in = XapiStatementsTest.class.getResourceAsStream("/xapi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Defines an assessment (formative unless said) of the framework's second competency claiming the activity. */
    static String assessment(String activityId, int raters) {
        return assessment(activityId, raters, "FORMATIVE");
    }

    static String assessment(String activityId, int raters, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Quiz " + activityId);
        body.put("kind", kind);
        body.put("modality", "SELECTED_RESPONSE");
        body.put("competencyIds", List.of(CatalogSnapshots.competencyId(framework, 1)));
        body.put("activityId", activityId);
        body.put("calibration", Map.of("ratersRequired", raters));
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String newActivity() {
        String activity = "https://lms.example.org/xapi/activities/" + UUID.randomUUID();
        assessment(activity, 1);
        return activity;
    }

    static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    /** A statement by an account whose name is the learner id, about the activity, with this result (or none). */
    static Map<String, Object> statement(String learnerId, String activityId, Map<String, Object> result) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("actor", Map.of("account", Map.of("homePage", "https://sis.example.org", "name", learnerId)));
        s.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/scored", "display", Map.of("en-US", "scored")));
        s.put("object", Map.of("id", activityId, "objectType", "Activity"));
        if (result != null) {
            s.put("result", result);
        }
        s.put("timestamp", "2026-11-20T10:15:00Z");
        return s;
    }

    static Map<String, Object> scaled(double scaled) {
        return Map.of("score", Map.of("scaled", scaled));
    }

    static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post(STATEMENTS);
    }

    static JsonPath ok(Object body) {
        return post(body).then().statusCode(200).extract().jsonPath();
    }

    private static long evidenceOf(String learnerId) {
        return TestDatabase.count("select count(*) from evidence where learner_id = ?", learnerId);
    }

    private static long statementRows(String statementId) {
        return TestDatabase.count("select count(*) from xapi_statement where statement_id = ?::uuid", statementId);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void adlCompletionBecomesTopLevelEvidenceOnceItsActivityAndAgentAreMapped() {
        String learner = newLearner();

        JsonPath unmapped = ok(adl("completion.json"));
        assertThat(unmapped.getString("results[0].status")).isEqualTo("REJECTED");
        assertThat(unmapped.getList("results[0].reasons", String.class))
                .containsExactly(
                        "actor mbox mailto:example.learner@adlnet.gov is not mapped to a learner of your district:"
                                + " map it with PUT /api/v1/xapi/agents/{learnerId}"
                                + " {\"mbox\": \"mailto:example.learner@adlnet.gov\"}",
                        "activity " + SIMPLE_CBT + " is not mapped to an assessment of your district (set activityId"
                                + " on an assessment)");
        String assessmentId = assessment(SIMPLE_CBT, 1);
        JsonPath noAgent = ok(adl("completion.json"));
        assertThat(noAgent.getList("results[0].reasons", String.class))
                .singleElement()
                .asString()
                .contains("mailto:example.learner@adlnet.gov is not mapped", "PUT /api/v1/xapi/agents/");
        assertThat(TestDatabase.count(
                        "select count(*) from xapi_statement where submitted_by = 'xapi-lms'"
                                + " and evidence_id in (select id from evidence where assessment_id = ?::uuid)",
                        assessmentId))
                .isZero();

        given().contentType(ContentType.JSON)
                .body(Map.of("mbox", "mailto:example.learner@adlnet.gov"))
                .put(AGENTS + learner)
                .then()
                .statusCode(200);
        JsonPath accepted = ok(adl("completion.json"));

        assertThat(accepted.getMap("counts")).containsEntry("accepted", 1).containsEntry("rejected", 0);
        assertThat(accepted.getString("results[0].status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("results[0].learnerId")).isEqualTo(learner);
        assertThat(accepted.getString("results[0].assessmentId")).isEqualTo(assessmentId);
        assertThat(accepted.getString("results[0].level")).isEqualTo("advanced");
        assertThat(accepted.getList("results[0].notes", String.class))
                .containsExactly("result.score.scaled 0.95 is 3.85 on the scale's 1..4: the nearest level is advanced");
        String statementId = accepted.getString("results[0].statementId");
        String evidenceId = accepted.getString("results[0].evidenceId");
        assertThat(UUID.fromString(statementId).version())
                .as("assigned, random")
                .isEqualTo(4);

        given().get("/api/v1/evidence/" + evidenceId)
                .then()
                .statusCode(200)
                .body("learnerId", equalTo(learner))
                .body("assessmentId", equalTo(assessmentId))
                .body("assessment.modality", equalTo("SELECTED_RESPONSE"))
                .body("sourceId", equalTo(statementId))
                .body("score.level", equalTo("advanced"))
                .body("score.score", equalTo(4))
                .body("score.proficient", equalTo(true));
        assertThat(statementRows(statementId)).isEqualTo(1);

        List<TopicRecord> scored = LearnerEvents.awaitOfType(learner, EventTypes.EVIDENCE_SCORED);
        List<TopicRecord> all = LearnerEvents.all(learner);
        assertThat(scored).hasSize(1);
        assertThat(all)
                .extracting(r -> r.headers().get("ce_type"))
                .containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED);
        for (TopicRecord record : all) {
            EventSchemas.assertValid(record.headers().get("ce_type"), record.value());
            assertThat(record.value()).contains("\"evidenceId\":\"" + evidenceId + "\"");
            assertThat(record.headers()).containsEntry("ce_district", "xapi");
        }
        assertThat(all.get(1).value()).contains("\"level\":\"advanced\"", "\"proficient\":true");
        // mastery orders scores by when the learning was observed: the event carries it
        String observedAt = given().get("/api/v1/evidence/" + evidenceId).path("observedAt");
        assertThat(OffsetDateTime.parse(
                        TestEvents.data(all.get(1)).get("observedAt").asText()))
                .isAtSameInstantAs(OffsetDateTime.parse(observedAt));
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void adlGroupStatementIsRejectedForItsGroupActor() {
        JsonPath answer = ok(adl("long.json"));

        assertThat(answer.getString("results[0].statementId")).isEqualTo("6690e6c9-3ef0-4ed3-8b37-7f3964730bee");
        assertThat(answer.getString("results[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getString("results[0].evidenceId")).isNull();
        assertThat(answer.getList("results[0].reasons", String.class))
                .containsExactly("evidence is about one learner; a Group actor is not mapped (send one statement per"
                        + " learner)");
        assertThat(statementRows("6690e6c9-3ef0-4ed3-8b37-7f3964730bee")).isZero();
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void adlVoidingStatementIsRejectedBecauseEvidenceIsNotWithdrawnByAnLrs() {
        long before = TestDatabase.count("select count(*) from evidence where district = 'xapi'");

        JsonPath answer = ok(adl("void.json"));

        assertThat(answer.getString("results[0].status")).isEqualTo("REJECTED");
        assertThat(answer.getList("results[0].reasons", String.class))
                .containsExactly("voiding statements are not applied: evidence, once submitted, is corrected by the"
                        + " district, not withdrawn by an LRS");
        assertThat(TestDatabase.count("select count(*) from evidence where district = 'xapi'"))
                .isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void mixedArrayStoresTheGoodStatementsAndAnswersEachInOrder() {
        String activity = newActivity();
        String good = newLearner();
        String alsoGood = newLearner();
        String future = newLearner();
        String unknownActivity = newLearner();
        Map<String, Object> withArtifact = statement(
                good,
                activity,
                Map.of("score", Map.of("scaled", 0.6), "response", "Ratios are comparisons of two quantities."));
        withArtifact.put(
                "object",
                Map.of(
                        "id",
                        activity,
                        "definition",
                        Map.of(
                                "name",
                                Map.of("en-US", "Ratio quiz"),
                                "moreInfo",
                                "https://lms.example.org/attempts/17")));
        Map<String, Object> inTheFuture = statement(future, activity, scaled(0.5));
        inTheFuture.put(
                "timestamp", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
        Map<String, Object> badId = statement(newLearner(), activity, scaled(0.5));
        badId.put("id", "not-a-uuid");

        List<Object> body = List.of(
                withArtifact,
                groupOf(activity),
                statement(unknownActivity, "https://lms.example.org/xapi/activities/unknown", scaled(0.5)),
                statement(alsoGood, activity, Map.of("success", true)),
                inTheFuture,
                badId,
                "not a statement");
        JsonPath answer = ok(body);

        assertThat(answer.getList("results.index", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(answer.getList("results.status", String.class))
                .containsExactly("ACCEPTED", "REJECTED", "REJECTED", "ACCEPTED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(answer.getMap("counts"))
                .containsEntry("accepted", 2)
                .containsEntry("duplicate", 0)
                .containsEntry("rejected", 5);
        assertThat(answer.getList("results[1].reasons", String.class))
                .singleElement()
                .asString()
                .contains("Group");
        assertThat(answer.getList("results[2].reasons", String.class))
                .containsExactly("activity https://lms.example.org/xapi/activities/unknown is not mapped to an"
                        + " assessment of your district (set activityId on an assessment)");
        assertThat(answer.getList("results[4].reasons", String.class))
                .containsExactly(
                        "The evidence cannot have been observed in the future.", "timestamp: lies in the future");
        assertThat(answer.getString("results[5].statementId")).isNull();
        assertThat(answer.getList("results[5].reasons", String.class))
                .containsExactly("id must be a UUID in standard form (8-4-4-4-12 hexadecimal digits)");
        assertThat(answer.getList("results[6].reasons", String.class))
                .containsExactly("a statement is a JSON object, not a string");

        assertThat(evidenceOf(good)).isEqualTo(1);
        assertThat(evidenceOf(alsoGood)).isEqualTo(1);
        assertThat(evidenceOf(future)).isZero();
        assertThat(evidenceOf(unknownActivity)).isZero();
        assertThat(TestDatabase.count("select count(*) from outbox_event where subject = ?", future))
                .isZero();
        given().get("/api/v1/evidence/" + answer.getString("results[0].evidenceId"))
                .then()
                .statusCode(200)
                .body("score.level", equalTo("proficient"))
                .body("observedAt", equalTo("2026-11-20T10:15:00Z"))
                .body("artifact.url", equalTo("https://lms.example.org/attempts/17"))
                .body("artifact.title", equalTo("Ratio quiz"))
                .body("text", equalTo("Ratios are comparisons of two quantities."));
        assertThat(answer.getString("results[3].level")).isEqualTo("proficient");
    }

    /** A Group statement about a mapped activity: refused for its actor alone. */
    private static Map<String, Object> groupOf(String activity) {
        Map<String, Object> s = statement("unused", activity, scaled(0.9));
        s.put(
                "actor",
                Map.of(
                        "objectType", "Group",
                        "mbox", "mailto:team@example.org",
                        "member", List.of(Map.of("mbox", "mailto:a@example.org"))));
        return s;
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void accountNameIsTheLearnerIdUnlessTheAccountIsMapped() {
        String activity = newActivity();
        String byName = newLearner();
        String mapped = newLearner();
        String lmsUser = "lms-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("account", Map.of("homePage", "https://lms.example.org", "name", lmsUser)))
                .put(AGENTS + mapped)
                .then()
                .statusCode(200);
        Map<String, Object> viaMapping = statement(lmsUser, activity, scaled(0.9));
        viaMapping.put("actor", Map.of("account", Map.of("homePage", "https://lms.example.org", "name", lmsUser)));
        Map<String, Object> notALearnerId = statement("Ana Lopez", activity, scaled(0.9));

        JsonPath answer = ok(List.of(statement(byName, activity, scaled(0.9)), viaMapping, notALearnerId));

        assertThat(answer.getList("results.status", String.class)).containsExactly("ACCEPTED", "ACCEPTED", "REJECTED");
        assertThat(answer.getString("results[0].learnerId")).isEqualTo(byName);
        assertThat(answer.getString("results[1].learnerId")).isEqualTo(mapped);
        assertThat(answer.getList("results[2].reasons", String.class))
                .containsExactly(
                        "actor (the learner id it maps to): must be printable ASCII characters without spaces");
        assertThat(evidenceOf(lmsUser)).isZero();
        assertThat(evidenceOf(mapped)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void aScoreTooLargeToBeFiniteRejectsItsStatementAlone() throws Exception {
        String activity = newActivity();
        String learner = newLearner();
        String body = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(List.of(
                        statement(learner, activity, Map.of("score", Map.of("scaled", 0.123456789))),
                        statement(learner, activity, Map.of("score", Map.of("scaled", 0.9)))))
                .replace("0.123456789", "1e400");

        JsonPath answer = ok(body);

        assertThat(answer.getList("results.status", String.class)).containsExactly("REJECTED", "ACCEPTED");
        assertThat(answer.getList("results[0].reasons", String.class))
                .contains("result.score.scaled must be a finite number");
        assertThat(evidenceOf(learner)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void rawScoreWithMinAndMaxIsPlacedOnTheScale() {
        String activity = newActivity();
        String learner = newLearner();

        JsonPath answer = ok(List.of(
                statement(learner, activity, Map.of("score", Map.of("raw", 17, "min", 0, "max", 20))),
                statement(learner, activity, Map.of("score", Map.of("raw", 11, "min", 0, "max", 20))),
                statement(learner, activity, Map.of("score", Map.of("raw", 3, "min", 0, "max", 20))),
                statement(learner, activity, Map.of("score", Map.of("raw", 17)))));

        assertThat(answer.getList("results.level", String.class))
                .containsExactly("advanced", "proficient", "beginning", null);
        assertThat(answer.getString("results[0].notes[0]"))
                .isEqualTo("result.score.raw 17 of 0..20 is 3.55 on the scale's 1..4: the nearest level is advanced");
        assertThat(answer.getString("results[3].status")).isEqualTo("REJECTED");
        assertThat(answer.getList("results[3].reasons", String.class))
                .containsExactly("result.score.raw (17) cannot be placed on the scale without result.score.min and"
                        + " result.score.max; send them, or result.score.scaled");
        assertThat(evidenceOf(learner)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void successWithoutScoreIsPlacedAtTheProficientLineAndNoResultIsRejected() {
        String activity = newActivity();
        String learner = newLearner();
        Map<String, Object> completedOnly = statement(learner, activity, Map.of("completion", true));

        JsonPath answer = ok(List.of(
                statement(learner, activity, Map.of("success", true)),
                statement(learner, activity, Map.of("success", false)),
                completedOnly,
                statement(learner, activity, null)));

        assertThat(answer.getList("results.status", String.class))
                .containsExactly("ACCEPTED", "ACCEPTED", "REJECTED", "REJECTED");
        assertThat(answer.getList("results.level", String.class))
                .containsExactly("proficient", "developing", null, null);
        assertThat(answer.getList("results[2].reasons", String.class))
                .containsExactly("the statement carries no result to judge: send result.score or result.success");
        assertThat(evidenceOf(learner)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void assessmentWithSeveralRatersGetsUnscoredEvidenceFromScoredAndUnscoredStatements() {
        String activity = "https://lms.example.org/xapi/activities/" + UUID.randomUUID();
        String assessmentId = assessment(activity, 2);
        String learner = newLearner();

        JsonPath answer = ok(List.of(statement(learner, activity, scaled(0.95)), statement(learner, activity, null)));

        assertThat(answer.getList("results.status", String.class)).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(answer.getList("results.level", String.class)).containsExactly(null, null);
        assertThat(answer.getString("results[0].notes[0]"))
                .isEqualTo("assessment " + assessmentId + " is scored by 2 raters: the evidence awaits their scores;"
                        + " the statement's result (result.score.scaled 0.95 is 3.85 on the scale's 1..4: the nearest"
                        + " level is advanced) is not a final score");
        given().get("/api/v1/evidence/" + answer.getString("results[0].evidenceId"))
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_SCORES"))
                .body("score", nullValue());
        assertThat(TestDatabase.count(
                        "select count(*) from evidence_score where evidence_id in (select id from evidence where"
                                + " learner_id = ?)",
                        learner))
                .isZero();
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void summativeAttemptOfALearnerNotReadyIsRejectedWithReadinessDenied() {
        String formative = newActivity();
        String summative = "https://lms.example.org/xapi/activities/" + UUID.randomUUID();
        String summativeId = assessment(summative, 1, "SUMMATIVE");
        String learner = newLearner();
        String ready = newLearner();

        JsonPath refused = ok(statement(learner, summative, scaled(0.9)));
        // formative evidence stored earlier in the same request counts towards readiness
        JsonPath admitted =
                ok(List.of(statement(ready, formative, scaled(0.6)), statement(ready, summative, scaled(0.9))));

        assertThat(refused.getString("results[0].status")).isEqualTo("REJECTED");
        assertThat(refused.getList("results[0].reasons", String.class))
                .containsExactly(
                        "Learner " + learner + " may not make attempt 1 at assessment " + summativeId
                                + " yet (FORMATIVE_EVIDENCE): 0 of 1 formative pieces of evidence on competency "
                                + CatalogSnapshots.competencyId(framework, 1) + ".",
                        "FORMATIVE_EVIDENCE: 0 of 1 formative pieces of evidence on competency "
                                + CatalogSnapshots.competencyId(framework, 1));
        assertThat(evidenceOf(learner)).isZero();
        assertThat(TestDatabase.count(
                        "select count(*) from outbox_event where subject = ? and type = ?",
                        learner,
                        EventTypes.READINESS_DENIED))
                .isEqualTo(1);
        TopicRecord denied =
                LearnerEvents.awaitOfType(learner, EventTypes.READINESS_DENIED).get(0);
        EventSchemas.assertValid(EventTypes.READINESS_DENIED, denied.value());
        assertThat(denied.value()).contains(summativeId);

        assertThat(admitted.getList("results.status", String.class)).containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(evidenceOf(ready)).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void sameStatementAgainIsADuplicateAndOtherContentUnderItsIdIsAConflict() {
        String activity = newActivity();
        String learner = newLearner();
        String id = UUID.randomUUID().toString();
        Map<String, Object> first = statement(learner, activity, scaled(0.6));
        first.put("id", id);
        // the same statement as an LRS might forward it: other verb display, timestamp in another zone, stored
        Map<String, Object> again = new LinkedHashMap<>(first);
        again.put("verb", Map.of("id", "http://adlnet.gov/expapi/verbs/scored", "display", Map.of("de", "bewertet")));
        again.put("timestamp", "2026-11-20T12:15:00+02:00");
        again.put("stored", "2026-11-20T10:16:00Z");
        Map<String, Object> changed = new LinkedHashMap<>(first);
        changed.put("result", scaled(0.9));

        String evidenceId = ok(first).getString("results[0].evidenceId");
        JsonPath repeat = ok(again);
        JsonPath conflict = ok(changed);

        assertThat(repeat.getString("results[0].status")).isEqualTo("DUPLICATE");
        assertThat(repeat.getString("results[0].evidenceId")).isEqualTo(evidenceId);
        assertThat(repeat.getList("results[0].reasons", String.class))
                .containsExactly(
                        "statement " + id + " was accepted before as evidence " + evidenceId + "; nothing was written");
        assertThat(conflict.getString("results[0].status")).isEqualTo("REJECTED");
        assertThat(conflict.getString("results[0].evidenceId")).isNull();
        assertThat(conflict.getList("results[0].reasons", String.class))
                .containsExactly("statement id already used for a different statement");
        assertThat(evidenceOf(learner)).isEqualTo(1);
        assertThat(statementRows(id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void concurrentRequestsWithTheSameStatementWriteItOnce() {
        String activity = newActivity();
        String learner = newLearner();
        Map<String, Object> s = statement(learner, activity, scaled(0.6));
        s.put("id", UUID.randomUUID().toString());

        List<CompletableFuture<ExtractableResponse<Response>>> burst = IntStream.range(0, 4)
                .mapToObj(
                        i -> CompletableFuture.supplyAsync(() -> post(s).then().extract()))
                .toList();
        List<ExtractableResponse<Response>> answers =
                burst.stream().map(CompletableFuture::join).toList();

        // the others wait for the first (a lock per statement id) and find its statement
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(200);
        assertThat(answers)
                .extracting(a -> a.<String>path("results[0].status"))
                .containsOnlyOnce("ACCEPTED")
                .containsOnly("ACCEPTED", "DUPLICATE");
        assertThat(answers)
                .extracting(a -> a.<String>path("results[0].evidenceId"))
                .containsOnly(answers.get(0).<String>path("results[0].evidenceId"));
        assertThat(evidenceOf(learner)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from outbox_event where subject = ?", learner))
                .isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void sameIdTwiceInOneRequestIsWrittenOnce() {
        String activity = newActivity();
        String learner = newLearner();
        String id = UUID.randomUUID().toString();
        Map<String, Object> s = statement(learner, activity, scaled(0.6));
        s.put("id", id);
        Map<String, Object> changed = new LinkedHashMap<>(s);
        changed.put("result", scaled(0.1));
        String rejectedId = UUID.randomUUID().toString();
        Map<String, Object> unmapped = statement(learner, "https://lms.example.org/unmapped", scaled(0.6));
        unmapped.put("id", rejectedId);

        JsonPath answer = ok(List.of(s, s, changed, unmapped, unmapped));

        assertThat(answer.getList("results.status", String.class))
                .containsExactly("ACCEPTED", "DUPLICATE", "REJECTED", "REJECTED", "REJECTED");
        assertThat(answer.getString("results[1].evidenceId")).isEqualTo(answer.getString("results[0].evidenceId"));
        assertThat(answer.getList("results[1].reasons", String.class))
                .containsExactly("the same statement as statement 0 of this request; written once");
        assertThat(answer.getList("results[2].reasons", String.class))
                .containsExactly("statement id already used for a different statement (statement 0 of this request)");
        assertThat(answer.getString("results[4].reasons[0]"))
                .isEqualTo("the same statement as statement 3 of this request, which was rejected:");
        assertThat(evidenceOf(learner)).isEqualTo(1);
        assertThat(statementRows(rejectedId)).isZero();
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void repeatWithSameIdempotencyKeyReturnsTheFirstAnswerAndWritesOnce() {
        String activity = newActivity();
        String learner = newLearner();
        // no statement ids: without the key, a repeat would be new statements
        List<Object> body = List.of(statement(learner, activity, scaled(0.6)), statement(learner, activity, null));
        String key = "lrs-" + UUID.randomUUID();

        ExtractableResponse<Response> first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(STATEMENTS)
                .then()
                .statusCode(200)
                .extract();
        ExtractableResponse<Response> repeat = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(STATEMENTS)
                .then()
                .statusCode(200)
                .extract();

        assertThat(repeat.body().asString()).isEqualTo(first.body().asString());
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(evidenceOf(learner)).isEqualTo(1);

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(List.of(statement(learner, activity, scaled(0.9))))
                .post(STATEMENTS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("Idempotency-Key"));
        assertThat(evidenceOf(learner)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void refusesMalformedRequestsAsAWhole() {
        given().contentType(ContentType.JSON)
                .body("{\"actor\": ")
                .post(STATEMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header("X-Experience-API-Version", "2.0.0")
                .body(adl("completion.json"))
                .post(STATEMENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("X-Experience-API-Version"));
        given().contentType(ContentType.JSON)
                .header("X-Experience-API-Version", "1.0.3")
                .body(adl("void.json"))
                .post(STATEMENTS)
                .then()
                .statusCode(200)
                .header("X-Experience-API-Version", "1.0.3");
        for (String body : List.of("[]", "\"statement\"", "42", "null")) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post(STATEMENTS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("xAPI statement"));
        }
        given().contentType(ContentType.JSON).post(STATEMENTS).then().statusCode(400);
        given().contentType(ContentType.TEXT)
                .body("hello")
                .post(STATEMENTS)
                .then()
                .statusCode(415);
    }

    @Test
    @TestSecurity(user = "xapi-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void answersAThousandStatementsOneByOneAndRefusesMore() {
        String activity = newActivity();
        String learner = newLearner();
        String unmapped = "https://lms.example.org/xapi/activities/" + UUID.randomUUID();
        List<Object> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // every 20th is good; the others name an activity no assessment claims
            thousand.add(statement(learner, i % 20 == 0 ? activity : unmapped, scaled(0.9)));
        }
        List<Object> tooMany = new ArrayList<>(thousand);
        tooMany.add(statement(learner, activity, scaled(0.9)));

        post(tooMany)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("this one has 1001"));
        assertThat(evidenceOf(learner)).isZero();

        JsonPath answer = ok(thousand);

        assertThat(answer.getList("results.index", Integer.class))
                .containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
        assertThat(answer.getMap("counts")).containsEntry("accepted", 50).containsEntry("rejected", 950);
        assertThat(answer.getString("results[980].status")).isEqualTo("ACCEPTED");
        assertThat(answer.getString("results[999].status")).isEqualTo("REJECTED");
        assertThat(evidenceOf(learner)).isEqualTo(50);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "xapi"), @Claim(key = "learner_id", value = "s-0001")})
    void studentsMayNotPostStatements() {
        post(adl("completion.json")).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesStatementsWithoutToken() {
        post(adl("completion.json")).then().statusCode(401);
    }

    @Test
    void documentsEveryXapiOperationWithSummaryAndExamples() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, List<String>> operations =
                Map.of(STATEMENTS, List.of("post"), "/api/v1/xapi/agents/{learnerId}", List.of("put", "get"));
        operations.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> operation = paths.get(path).get(method);
            assertThat(operation).as(method + " " + path).containsKeys("summary", "description");
            assertThat(operation.toString()).as(method + " " + path).contains("example", "keycloak");
        }));
        assertThat(paths.get(STATEMENTS).get("post").toString())
                .contains("Idempotency-Key", "X-Experience-API-Version", "problem+json", "413");
        assertThat(paths.get("/api/v1/xapi/agents/{learnerId}").get("put").toString())
                .contains("409");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "xapi"))
    void educatorsMayPostStatementsToo() {
        String activity = newActivity();
        String learner = newLearner();

        JsonPath answer = ok(statement(learner, activity, scaled(0.3)));

        assertThat(answer.getString("results[0].status")).isEqualTo("ACCEPTED");
        assertThat(answer.getString("results[0].level")).isEqualTo("developing");
        given().get("/api/v1/evidence/" + answer.getString("results[0].evidenceId"))
                .then()
                .statusCode(200)
                .body("submittedBy", equalTo("teacher"));
    }
}
