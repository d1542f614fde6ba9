package org.proficio.assessment.readiness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;

/**
 * Readiness before a summative attempt and the retest policy, through the evidence intake an LMS uses: refusals (409
 * naming the unmet conditions, nothing written, ReadinessDenied published), what lifts them, attempt numbers, and
 * {@code GET .../readiness} telling the same story.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReadinessAndRetestTest {

    static final String EVIDENCE = "/api/v1/evidence";
    static final String ASSESSMENTS = "/api/v1/assessments";

    /** A framework of district demo: competency 0 is the root, 1 and 2 its children. */
    private static Map<String, Object> framework;

    @BeforeEach
    void publishFrameworkOnce() {
        if (framework != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> snapshot = CatalogSnapshots.minimal(3);
            events.publishAndAwait("demo", snapshot);
            framework = snapshot;
        }
    }

    static String competency(int index) {
        return CatalogSnapshots.competencyId(framework, index);
    }

    static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    /** Defines an assessment through the API as the test's caller and returns its id. */
    static String assessment(
            String kind, List<String> competencies, Map<String, Object> readiness, Map<String, Object> retest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", kind + " " + UUID.randomUUID());
        body.put("kind", kind);
        body.put("modality", "PRESENTATION");
        body.put("competencyIds", competencies);
        body.put("readiness", readiness);
        body.put("retest", retest);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(ASSESSMENTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A summative assessment of competency 1 that needs no readiness, with the given retest policy. */
    static String summativeWithRetest(Map<String, Object> retest) {
        return assessment("SUMMATIVE", List.of(competency(1)), Map.of("formativeEvidence", 0), retest);
    }

    /** An attempt at the assessment, scored by the submitter at {@code level} (null: left to raters). */
    static Response attempt(String learner, String assessmentId, String level, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("assessmentId", assessmentId);
        if (level != null) {
            body.put("level", level);
        }
        var request = given().contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(EVIDENCE);
    }

    static int admitted(String learner, String assessmentId, String level) {
        return attempt(learner, assessmentId, level, null)
                .then()
                .statusCode(201)
                .extract()
                .path("attempt");
    }

    /** A refused attempt: 409 problem+json of the given type; returns the conditions it lists, in order. */
    static ExtractableResponse<Response> refused(String learner, String assessmentId, String type) {
        return attempt(learner, assessmentId, "proficient", null)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:proficio:problem:" + type))
                .extract();
    }

    /** Evidence of an inline assessment of this kind on the competency (not an attempt at a named assessment). */
    static void inlineEvidence(String learner, String competencyId, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("competencyId", competencyId);
        body.put("assessment", Map.of("title", "Practice", "kind", kind, "modality", "SELECTED_RESPONSE"));
        body.put("level", "developing");
        given().contentType(ContentType.JSON).body(body).post(EVIDENCE).then().statusCode(201);
    }

    static void preparation(String learner, String assessmentId) {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "assessmentId",
                        assessmentId,
                        "activity",
                        "Tutoring session and a corrected practice set",
                        "completedOn",
                        LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/learners/" + learner + "/preparations")
                .then()
                .statusCode(201);
    }

    static JsonPath readiness(String learner, String assessmentId) {
        return given().queryParam("assessmentId", assessmentId)
                .get("/api/v1/learners/" + learner + "/readiness")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /**
     * Moves the learner's whole recorded history (evidence and preparation) back in time, as if it had all happened
     * that much earlier: the honest way to let a cooldown pass without waiting for it.
     */
    static void travelBack(String learner, Duration by) {
        String interval = by.toSeconds() + " seconds";
        TestDatabase.rows(
                "update evidence set submitted_at = submitted_at - ?::interval, observed_at = observed_at - ?::interval"
                        + " where learner_id = ? returning id",
                interval,
                interval,
                learner);
        TestDatabase.rows(
                "update preparation set recorded_at = recorded_at - ?::interval where learner_id = ? returning id",
                interval,
                learner);
    }

    static long outboxOf(String learner, String type) {
        return TestDatabase.count("select count(*) from outbox_event where subject = ? and type = ?", learner, type);
    }

    static long attemptsStored(String learner, String assessmentId) {
        return TestDatabase.count(
                "select count(*) from evidence where learner_id = ? and assessment_id = ?::uuid",
                learner,
                assessmentId);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesSummativeAttemptWithoutFormativeEvidenceWritingNothingAndKeepingTheKey() {
        String learner = newLearner();
        String assessment = assessment(
                "SUMMATIVE", List.of(competency(1), competency(2)), Map.of("formativeEvidence", 2), Map.of());
        inlineEvidence(learner, competency(1), "FORMATIVE");
        // Interim and summative work is not formative evidence: it does not count towards readiness.
        inlineEvidence(learner, competency(2), "INTERIM");
        String key = "lms-attempt-" + UUID.randomUUID();
        List<String> expected = List.of(
                "1 of 2 formative pieces of evidence on competency " + competency(1),
                "0 of 2 formative pieces of evidence on competency " + competency(2));

        attempt(learner, assessment, "proficient", key)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:proficio:problem:not-ready"))
                .body("detail", containsString("FORMATIVE_EVIDENCE"))
                .body("detail", containsString(expected.get(0)))
                .body("errors.field", contains("FORMATIVE_EVIDENCE", "FORMATIVE_EVIDENCE"))
                .body("errors.message", equalTo(expected));

        assertThat(attemptsStored(learner, assessment))
                .as("no evidence of the refused attempt")
                .isZero();
        assertThat(outboxOf(learner, EventTypes.EVIDENCE_SUBMITTED))
                .as("only the two inline pieces")
                .isEqualTo(2);
        assertThat(outboxOf(learner, EventTypes.READINESS_DENIED)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from idempotency_key where idempotency_key = ?", key))
                .as("a refused request does not use its Idempotency-Key up")
                .isZero();

        JsonPath view = readiness(learner, assessment);
        assertThat(view.getBoolean("ready")).isFalse();
        assertThat(view.getString("refusal")).isEqualTo("NOT_READY");
        assertThat(view.getInt("nextAttempt")).isEqualTo(1);
        assertThat(view.getList("unmet.condition")).containsExactly("FORMATIVE_EVIDENCE", "FORMATIVE_EVIDENCE");
        assertThat(view.getList("unmet.detail")).isEqualTo(expected);
        assertThat(view.getInt("attempts.made")).isZero();

        inlineEvidence(learner, competency(1), "FORMATIVE");
        inlineEvidence(learner, competency(2), "FORMATIVE");
        inlineEvidence(learner, competency(2), "FORMATIVE");
        assertThat(readiness(learner, assessment).getBoolean("ready")).isTrue();

        attempt(learner, assessment, "proficient", key)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("attempt", equalTo(1))
                .body("assessmentId", equalTo(assessment));
        assertThat(outboxOf(learner, EventTypes.READINESS_DENIED)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void publishesSchemaValidReadinessDeniedForARefusal() {
        String learner = newLearner();
        String assessment = assessment("SUMMATIVE", List.of(competency(1)), Map.of("formativeEvidence", 1), Map.of());
        refused(learner, assessment, "not-ready");

        List<TopicRecord> denied = LearnerEvents.awaitOfType(learner, EventTypes.READINESS_DENIED);
        assertThat(denied).hasSize(1);
        TopicRecord record = denied.get(0);
        EventSchemas.assertValid(EventTypes.READINESS_DENIED, record.value());
        assertThat(record.headers())
                .containsEntry("ce_subject", learner)
                .containsEntry("ce_district", "demo")
                .containsEntry("ce_source", "/proficio/assessment");
        JsonPath data = JsonPath.from(record.value());
        assertThat(data.getString("learnerId")).isEqualTo(learner);
        assertThat(data.getString("assessmentId")).isEqualTo(assessment);
        assertThat(data.getString("assessmentKind")).isEqualTo("SUMMATIVE");
        assertThat(data.getList("competencyIds")).containsExactly(competency(1));
        assertThat(data.getString("frameworkId")).isEqualTo(CatalogSnapshots.frameworkId(framework));
        assertThat(data.getString("refusal")).isEqualTo("NOT_READY");
        assertThat(data.getInt("attempt")).isEqualTo(1);
        assertThat(data.getList("unmet.condition")).containsExactly("FORMATIVE_EVIDENCE");
        assertThat(data.getString("deniedAt")).isNotBlank();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void requiresAnEducatorsConfirmationWhenThePolicyAsksForIt() {
        String learner = newLearner();
        String assessment = assessment(
                "SUMMATIVE",
                List.of(competency(1)),
                Map.of("formativeEvidence", 0, "confirmationRequired", true),
                Map.of());

        ExtractableResponse<Response> problem = refused(learner, assessment, "not-ready");
        assertThat(problem.<List<String>>path("errors.field")).containsExactly("READINESS_CONFIRMATION");
        assertThat(readiness(learner, assessment).getList("unmet.condition")).containsExactly("READINESS_CONFIRMATION");

        given().contentType(ContentType.JSON)
                .body(Map.of("assessmentId", assessment, "note", "Explained her ratio tables in conference"))
                .post("/api/v1/learners/" + learner + "/readiness-confirmations")
                .then()
                .statusCode(201)
                .body("confirmedBy", equalTo("teacher"))
                .body("learnerId", equalTo(learner));
        given().get("/api/v1/learners/" + learner + "/readiness-confirmations")
                .then()
                .statusCode(200)
                .body("items.assessmentId", contains(assessment))
                .body("items.note", contains("Explained her ratio tables in conference"));

        assertThat(admitted(learner, assessment, "proficient")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsRetestWithoutPreparationRecordedSinceTheFailedAttempt() {
        String learner = newLearner();
        String assessment = summativeWithRetest(Map.of("preparationRequired", true));
        // Preparation before the first attempt is no additional step after it.
        preparation(learner, assessment);
        assertThat(admitted(learner, assessment, "developing")).isEqualTo(1);

        ExtractableResponse<Response> problem = refused(learner, assessment, "retest-refused");
        assertThat(problem.<List<String>>path("errors.field")).containsExactly("PREPARATION");
        assertThat(problem.<String>path("detail")).contains("PREPARATION", "attempt 2");
        assertThat(attemptsStored(learner, assessment)).isEqualTo(1);
        assertThat(TestDatabase.rows(
                                "select payload from outbox_event where subject = ? and type = ?",
                                learner,
                                EventTypes.READINESS_DENIED)
                        .get(0)
                        .get("payload"))
                .asString()
                .contains("\"refusal\":\"RETEST_REFUSED\"", "\"attempt\":2", "\"condition\":\"PREPARATION\"");

        JsonPath view = readiness(learner, assessment);
        assertThat(view.getString("refusal")).isEqualTo("RETEST_REFUSED");
        assertThat(view.getList("unmet.condition")).containsExactly("PREPARATION");
        assertThat(view.getList("unmet.detail")).isEqualTo(problem.path("errors.message"));
        assertThat(view.getInt("attempts.made")).isEqualTo(1);
        assertThat(view.getBoolean("attempts.lastProficient")).isFalse();
        assertThat(view.getString("attempts.nextAllowedAt")).isNull();

        preparation(learner, assessment);
        assertThat(admitted(learner, assessment, "proficient")).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsRetestWithinTheCooldownSayingWhenItEnds() {
        String learner = newLearner();
        String assessment = summativeWithRetest(Map.of("preparationRequired", false, "cooldown", "PT1H"));
        OffsetDateTime submitted = OffsetDateTime.parse(attempt(learner, assessment, "beginning", null)
                .then()
                .statusCode(201)
                .extract()
                .path("submittedAt"));

        ExtractableResponse<Response> problem = refused(learner, assessment, "retest-refused");
        assertThat(problem.<List<String>>path("errors.field")).containsExactly("COOLDOWN");
        Matcher ends = Pattern.compile("ends at (\\S+)$").matcher(problem.<String>path("errors[0].message"));
        assertThat(ends.find()).isTrue();
        assertThat(OffsetDateTime.parse(ends.group(1))).isEqualTo(submitted.plusHours(1));
        JsonPath view = readiness(learner, assessment);
        assertThat(view.getList("unmet.condition")).containsExactly("COOLDOWN");
        assertThat(OffsetDateTime.parse(view.getString("attempts.nextAllowedAt")))
                .isEqualTo(submitted.plusHours(1));

        travelBack(learner, Duration.ofMinutes(61));
        assertThat(readiness(learner, assessment).getBoolean("ready")).isTrue();
        assertThat(admitted(learner, assessment, "developing")).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void admitsRetestsOnlyAfterPreparationAndCooldownUntilAttemptsRunOut() {
        String learner = newLearner();
        String assessment =
                summativeWithRetest(Map.of("preparationRequired", true, "cooldown", "PT1H", "maxAttempts", 3));
        assertThat(admitted(learner, assessment, "developing")).isEqualTo(1);

        assertThat(refused(learner, assessment, "retest-refused").<List<String>>path("errors.field"))
                .containsExactly("PREPARATION", "COOLDOWN");
        preparation(learner, assessment);
        assertThat(refused(learner, assessment, "retest-refused").<List<String>>path("errors.field"))
                .containsExactly("COOLDOWN");
        travelBack(learner, Duration.ofHours(2));
        assertThat(admitted(learner, assessment, "developing")).isEqualTo(2);

        // The preparation before attempt 2 does not carry over to attempt 3.
        assertThat(refused(learner, assessment, "retest-refused").<List<String>>path("errors.field"))
                .containsExactly("PREPARATION", "COOLDOWN");
        preparation(learner, assessment);
        travelBack(learner, Duration.ofHours(2));
        assertThat(admitted(learner, assessment, "developing")).isEqualTo(3);

        preparation(learner, assessment);
        travelBack(learner, Duration.ofHours(2));
        ExtractableResponse<Response> problem = refused(learner, assessment, "retest-refused");
        assertThat(problem.<List<String>>path("errors.field")).containsExactly("MAX_ATTEMPTS");
        assertThat(problem.<String>path("errors[0].message")).isEqualTo("All 3 allowed attempts have been made");
        JsonPath view = readiness(learner, assessment);
        assertThat(view.getList("unmet.condition")).containsExactly("MAX_ATTEMPTS");
        assertThat(view.getInt("nextAttempt")).isEqualTo(4);
        assertThat(view.getInt("attempts.made")).isEqualTo(3);
        assertThat(view.getInt("attempts.max")).isEqualTo(3);

        given().queryParam("learnerId", learner)
                .queryParam("assessmentId", assessment)
                .get(EVIDENCE)
                .then()
                .statusCode(200)
                .body("items.attempt", contains(3, 2, 1));
        assertThat(outboxOf(learner, EventTypes.READINESS_DENIED))
                .as("one per refusal")
                .isEqualTo(4);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void afterAProficientAttemptOnlyTheAttemptLimitApplies() {
        String learner = newLearner();
        String assessment =
                summativeWithRetest(Map.of("preparationRequired", true, "cooldown", "P1D", "maxAttempts", 2));
        assertThat(admitted(learner, assessment, "proficient")).isEqualTo(1);
        assertThat(readiness(learner, assessment).getBoolean("attempts.lastProficient"))
                .isTrue();
        assertThat(admitted(learner, assessment, "advanced")).isEqualTo(2);
        assertThat(refused(learner, assessment, "retest-refused").<List<String>>path("errors.field"))
                .containsExactly("MAX_ATTEMPTS");
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesRetestWhileThePreviousAttemptAwaitsItsScores() {
        String learner = newLearner();
        String assessment = summativeWithRetest(Map.of("preparationRequired", false));
        attempt(learner, assessment, null, null)
                .then()
                .statusCode(201)
                .body("attempt", equalTo(1))
                .body("status", equalTo("AWAITING_SCORES"));

        ExtractableResponse<Response> problem = refused(learner, assessment, "retest-refused");
        assertThat(problem.<List<String>>path("errors.field")).containsExactly("PREVIOUS_ATTEMPT_UNSCORED");
        JsonPath view = readiness(learner, assessment);
        assertThat(view.getList("unmet.condition")).containsExactly("PREVIOUS_ATTEMPT_UNSCORED");
        assertThat(view.getString("attempts.lastProficient")).isNull();
        assertThat(view.getString("attempts.lastAt")).isNotNull();
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void formativeAttemptsAreNumberedButNeverRefused() {
        String learner = newLearner();
        String assessment = assessment(
                "FORMATIVE",
                List.of(competency(1)),
                Map.of("formativeEvidence", 3, "confirmationRequired", true),
                Map.of("preparationRequired", true, "cooldown", "P1D", "maxAttempts", 1));
        assertThat(admitted(learner, assessment, "beginning")).isEqualTo(1);
        assertThat(admitted(learner, assessment, "developing")).isEqualTo(2);
        JsonPath view = readiness(learner, assessment);
        assertThat(view.getBoolean("ready")).isTrue();
        assertThat(view.getInt("nextAttempt")).isEqualTo(3);
        assertThat(view.getList("unmet")).isEmpty();
        assertThat(outboxOf(learner, EventTypes.READINESS_DENIED)).isZero();
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void concurrentAttemptsWaitForEachOtherAndAreNumberedInTurn() {
        String learner = newLearner();
        String assessment = assessment("FORMATIVE", List.of(competency(1)), Map.of(), Map.of());
        List<CompletableFuture<Integer>> burst = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> attempt(learner, assessment, "developing", null).statusCode()))
                .toList();
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201);
        List<Object> numbers =
                TestDatabase.rows("select attempt from evidence where learner_id = ? order by attempt", learner)
                        .stream()
                        .map(r -> r.get("attempt"))
                        .toList();
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void concurrentRetestsCannotExceedTheAttemptLimit() {
        String learner = newLearner();
        String assessment = summativeWithRetest(Map.of("preparationRequired", false, "maxAttempts", 2));
        List<CompletableFuture<Integer>> burst = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> attempt(learner, assessment, "proficient", null).statusCode()))
                .toList();
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(201, 201, 409, 409, 409);
        assertThat(attemptsStored(learner, assessment)).isEqualTo(2);
        assertThat(outboxOf(learner, EventTypes.READINESS_DENIED)).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void readinessOfAnUnknownAssessmentIsNotFound() {
        given().queryParam("assessmentId", UUID.randomUUID().toString())
                .get("/api/v1/learners/s-0001/readiness")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/learners/s-0001/readiness").then().statusCode(400);
    }
}
