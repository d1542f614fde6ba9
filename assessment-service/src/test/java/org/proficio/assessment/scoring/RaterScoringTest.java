package org.proficio.assessment.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.proficio.assessment.testing.ScoringFixture.criterion;
import static org.proficio.assessment.testing.ScoringFixture.evidence;
import static org.proficio.assessment.testing.ScoringFixture.newLearner;
import static org.proficio.assessment.testing.ScoringFixture.score;
import static org.proficio.assessment.testing.ScoringFixture.scoreAs;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.evidence.EvidenceService;
import org.proficio.assessment.scoring.ScoringRequests.NewRaterScore;
import org.proficio.assessment.scoring.ScoringViews.ScoreResult;
import org.proficio.assessment.testing.LearnerEvents;
import org.proficio.assessment.testing.ScoringFixture;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;

/** Rater scoring: single rater, blind calibration by several raters, the agreement rule, moderation, refusals. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RaterScoringTest {

    private static final String EVIDENCE = "/api/v1/evidence/";

    /** The learner id the token of {@link #learnerMayNotScoreOwnEvidenceAndNothingIsWritten} carries. */
    private static final String TEACHING_LEARNER = "s-teaching-assistant";

    private static ScoringFixture fixture;

    @Inject
    ScoringService scoring;

    @Inject
    AssessmentService assessments;

    @Inject
    EvidenceService evidenceService;

    @BeforeEach
    void publishFrameworkOnce() {
        if (fixture == null) {
            fixture = ScoringFixture.publish();
        }
    }

    private static String scores(String evidenceId) {
        return EVIDENCE + evidenceId + "/scores";
    }

    private static Response post(String evidenceId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(scores(evidenceId));
    }

    private static long raterScoresOf(String evidenceId) {
        return TestDatabase.count("select count(*) from rater_score where evidence_id = ?::uuid", evidenceId);
    }

    private static long outboxEvents(String learner, String type) {
        return TestDatabase.count("select count(*) from outbox_event where subject = ? and type = ?", learner, type);
    }

    private static String scoredBy(String evidenceId) {
        return (String)
                TestDatabase.rows("select scored_by from evidence_score where evidence_id = ?::uuid", evidenceId)
                        .get(0)
                        .get("scored_by");
    }

    private static List<String> types(List<TopicRecord> records) {
        return records.stream().map(r -> r.headers().get("ce_type")).toList();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void singleRaterScoreBecomesFinalAndPublishesEvidenceScored() {
        String learner = newLearner();
        String assessment = fixture.assessment(1, "ADJACENT");
        String id = evidence(assessment, learner);
        given().get(EVIDENCE + id).then().statusCode(200).body("status", equalTo("AWAITING_SCORES"));

        Map<String, Object> body = score("proficient");
        body.put(
                "criteria",
                List.of(
                        Map.of("criterionId", fixture.ratioCriterion(), "level", "advanced"),
                        Map.of("criterionId", fixture.presentationCriterion(), "level", "proficient")));
        body.put("feedback", "Clear ratio tables; label the units.");
        post(id, body)
                .then()
                .statusCode(201)
                .body("evidenceId", equalTo(id))
                .body("competencyId", equalTo(fixture.ratio()))
                .body("score.rater", equalTo("teacher"))
                .body("score.level", equalTo("proficient"))
                .body("status", equalTo("FINAL"))
                .body("ratersRequired", equalTo(1))
                .body("ratersScored", equalTo(1))
                .body("finalScore.level", equalTo("proficient"))
                .body("finalScore.basis", equalTo("SINGLE_RATER"));

        given().get(EVIDENCE + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("FINAL"))
                .body("score.basis", equalTo("SINGLE_RATER"))
                .body("score.proficient", equalTo(true))
                .body("score.feedback", equalTo("Clear ratio tables; label the units."))
                .body("score.criteria.criterionId", contains(fixture.ratioCriterion(), fixture.presentationCriterion()))
                .body("score.criteria.level", contains("advanced", "proficient"));
        assertThat(scoredBy(id)).isEqualTo("teacher");

        List<TopicRecord> events = LearnerEvents.allOnceThereIs(learner, EventTypes.EVIDENCE_SCORED);
        assertThat(types(events)).containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED);
        TopicRecord scored = events.get(1);
        EventSchemas.assertValid(EventTypes.EVIDENCE_SCORED, scored.value());
        JsonPath data = new JsonPath(scored.value());
        assertThat(data.getString("evidenceId")).isEqualTo(id);
        assertThat(data.getString("basis")).isEqualTo("SINGLE_RATER");
        assertThat(data.getString("level")).isEqualTo("proficient");
        assertThat(data.getString("assessmentId")).isEqualTo(assessment);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void evidenceWithoutAnAssessmentNeedsOneRater() {
        String learner = newLearner();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("competencyId", fixture.modelling());
        body.put("assessment", Map.of("title", "Observation", "kind", "FORMATIVE", "modality", "OBSERVATION"));
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/evidence")
                .then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_SCORES"))
                .extract()
                .path("id");

        post(id, score("developing"))
                .then()
                .statusCode(201)
                .body("ratersRequired", equalTo(1))
                .body("finalScore.basis", equalTo("SINGLE_RATER"));

        Map<String, Object> withCriteria = score("developing");
        withCriteria.put("criteria", List.of(Map.of("criterionId", fixture.ratioCriterion(), "level", "developing")));
        String other = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post(other, withCriteria)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("criteria"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void ratersScoreBlindAndSeeTheOthersOnceTheyScored() throws Throwable {
        String id = evidence(fixture.assessment(2, "ADJACENT"), newLearner());
        scoreAs(scoring, "teacher2", id, new NewRaterScore(null, "advanced", null, "A secret opinion of teacher2."));

        String before = given().get(scores(id))
                .then()
                .statusCode(200)
                .body("competencies[0].competencyId", equalTo(fixture.ratio()))
                .body("competencies[0].status", equalTo("AWAITING_SCORES"))
                .body("competencies[0].ratersRequired", equalTo(2))
                .body("competencies[0].ratersScored", equalTo(1))
                .body("competencies[0].yourScore", nullValue())
                .body("competencies[0].othersVisible", equalTo(false))
                .body("competencies[0].otherScores", empty())
                .body("competencies[0].finalScore", nullValue())
                .extract()
                .asString();
        assertThat(before).doesNotContain("teacher2", "advanced", "secret");

        post(id, score("proficient"))
                .then()
                .statusCode(201)
                .body("status", equalTo("FINAL"))
                .body("ratersScored", equalTo(2));

        given().get(scores(id))
                .then()
                .statusCode(200)
                .body("competencies[0].yourScore.level", equalTo("proficient"))
                .body("competencies[0].othersVisible", equalTo(true))
                .body("competencies[0].otherScores.rater", contains("teacher2"))
                .body("competencies[0].otherScores.level", contains("advanced"))
                .body("competencies[0].finalScore.basis", equalTo("AGREEMENT"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void aRaterWhoScoredSeesTheOthersScoresBeforeTheCalibrationEnds() throws Throwable {
        String id = evidence(fixture.assessment(3, "ADJACENT"), newLearner());
        post(id, score("proficient")).then().statusCode(201).body("status", equalTo("AWAITING_SCORES"));
        scoreAs(scoring, "teacher2", id, "advanced");

        given().get(scores(id))
                .then()
                .statusCode(200)
                .body("competencies[0].ratersScored", equalTo(2))
                .body("competencies[0].yourScore.level", equalTo("proficient"))
                .body("competencies[0].otherScores.level", contains("advanced"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void adjacentLevelsAgreeOnTheLowerMedianWithCriteriaAndFeedback() throws Throwable {
        String learner = newLearner();
        String id = evidence(fixture.assessment(2, "ADJACENT"), learner);
        scoreAs(
                scoring,
                "teacher2",
                id,
                new NewRaterScore(
                        null,
                        "advanced",
                        List.of(
                                criterion(fixture.ratioCriterion(), "advanced"),
                                criterion(fixture.presentationCriterion(), "developing")),
                        "Strong reasoning."));

        Map<String, Object> body = score("proficient");
        body.put("criteria", List.of(Map.of("criterionId", fixture.ratioCriterion(), "level", "proficient")));
        body.put("feedback", "Label the units in part 2.");
        post(id, body)
                .then()
                .statusCode(201)
                .body("status", equalTo("FINAL"))
                .body("finalScore.level", equalTo("proficient"))
                .body("finalScore.basis", equalTo("AGREEMENT"))
                .body("finalScore.proficient", equalTo(true))
                .body(
                        "finalScore.criteria.criterionId",
                        contains(fixture.ratioCriterion(), fixture.presentationCriterion()))
                .body("finalScore.criteria.level", contains("proficient", "developing"))
                .body("finalScore.feedback", equalTo("Strong reasoning.\nLabel the units in part 2."));
        assertThat(scoredBy(id)).isEqualTo(ScoringService.CALIBRATION);

        List<TopicRecord> events = LearnerEvents.allOnceThereIs(learner, EventTypes.EVIDENCE_SCORED);
        assertThat(types(events)).containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.EVIDENCE_SCORED);
        EventSchemas.assertValid(EventTypes.EVIDENCE_SCORED, events.get(1).value());
        assertThat(new JsonPath(events.get(1).value()).getString("basis")).isEqualTo("AGREEMENT");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void disagreementRequiresModerationAndARaterMayNotModerate() throws Throwable {
        String learner = newLearner();
        String assessment = fixture.assessment(2, "ADJACENT");
        String id = evidence(assessment, learner);
        scoreAs(scoring, "teacher2", id, "developing");

        // developing and proficient are neighbours, but on both sides of the proficient line
        post(id, score("proficient"))
                .then()
                .statusCode(201)
                .body("status", equalTo("MODERATION_REQUIRED"))
                .body("finalScore", nullValue());

        List<TopicRecord> events = LearnerEvents.allOnceThereIs(learner, EventTypes.MODERATION_REQUIRED);
        assertThat(types(events)).containsExactly(EventTypes.EVIDENCE_SUBMITTED, EventTypes.MODERATION_REQUIRED);
        TopicRecord moderation = events.get(1);
        EventSchemas.assertValid(EventTypes.MODERATION_REQUIRED, moderation.value());
        assertThat(moderation.headers()).containsEntry("ce_subject", learner).containsEntry("ce_district", "demo");
        JsonPath data = new JsonPath(moderation.value());
        assertThat(data.getString("evidenceId")).isEqualTo(id);
        assertThat(data.getString("competencyId")).isEqualTo(fixture.ratio());
        assertThat(data.getString("assessmentId")).isEqualTo(assessment);
        assertThat(data.getString("agreement")).isEqualTo("ADJACENT");
        assertThat(data.getList("raterLevels.rater")).containsExactly("teacher2", "teacher");
        assertThat(data.getList("raterLevels.level")).containsExactly("developing", "proficient");
        assertThat(outboxEvents(learner, EventTypes.EVIDENCE_SCORED)).isZero();
        given().get(EVIDENCE + id)
                .then()
                .body("status", equalTo("MODERATION_REQUIRED"))
                .body("score", nullValue());

        given().get("/api/v1/moderation")
                .then()
                .statusCode(200)
                .body("items.evidenceId", hasItem(id))
                .body("items.find { it.evidenceId == '" + id + "' }.learnerId", equalTo(learner))
                .body("items.find { it.evidenceId == '" + id + "' }.assessmentId", equalTo(assessment))
                .body("items.find { it.evidenceId == '" + id + "' }.competencyId", equalTo(fixture.ratio()))
                .body(
                        "items.find { it.evidenceId == '" + id + "' }.raterLevels.level",
                        contains("developing", "proficient"));

        given().contentType(ContentType.JSON)
                .body(Map.of("competencyId", fixture.ratio(), "level", "proficient"))
                .post(EVIDENCE + id + "/moderation")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        post(id, score("proficient")).then().statusCode(409).body("detail", containsString("moderat"));
        assertThat(outboxEvents(learner, EventTypes.EVIDENCE_SCORED)).isZero();
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void moderatorWhoDidNotRateDecidesOnce() throws Throwable {
        String learner = newLearner();
        String id = evidence(fixture.assessment(2, "ADJACENT"), learner);
        scoreAs(scoring, "teacher2", id, "beginning");
        assertThat(scoreAs(scoring, "teacher3", id, "proficient").status().name())
                .isEqualTo("MODERATION_REQUIRED");

        given().get(scores(id))
                .then()
                .statusCode(200)
                .body("competencies[0].yourScore", nullValue())
                .body("competencies[0].othersVisible", equalTo(true))
                .body("competencies[0].otherScores.rater", contains("teacher2", "teacher3"));

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "competencyId",
                        fixture.ratio(),
                        "level",
                        "developing",
                        "criteria",
                        List.of(Map.of("criterionId", fixture.ratioCriterion(), "level", "developing")),
                        "feedback",
                        "The table is right; explain part 2."))
                .post(EVIDENCE + id + "/moderation")
                .then()
                .statusCode(201)
                .body("status", equalTo("FINAL"))
                .body("otherScores.level", contains("beginning", "proficient"))
                .body("finalScore.level", equalTo("developing"))
                .body("finalScore.basis", equalTo("MODERATION"))
                .body("finalScore.criteria.level", contains("developing"))
                .body("finalScore.feedback", equalTo("The table is right; explain part 2."));
        assertThat(scoredBy(id)).isEqualTo("teacher");

        given().contentType(ContentType.JSON)
                .body(Map.of("competencyId", fixture.ratio(), "level", "advanced"))
                .post(EVIDENCE + id + "/moderation")
                .then()
                .statusCode(409);
        given().get("/api/v1/moderation").then().statusCode(200).body("items.evidenceId", not(hasItem(id)));
        given().get(EVIDENCE + id).then().body("status", equalTo("FINAL")).body("score.basis", equalTo("MODERATION"));

        List<TopicRecord> events = LearnerEvents.allOnceThereIs(learner, EventTypes.EVIDENCE_SCORED);
        assertThat(types(events))
                .containsExactly(
                        EventTypes.EVIDENCE_SUBMITTED, EventTypes.MODERATION_REQUIRED, EventTypes.EVIDENCE_SCORED);
        events.forEach(r -> EventSchemas.assertValid(r.headers().get("ce_type"), r.value()));
        assertThat(new JsonPath(events.get(2).value()).getString("basis")).isEqualTo("MODERATION");
        assertThat(outboxEvents(learner, EventTypes.EVIDENCE_SCORED)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void exactRuleSendsNeighbouringLevelsToModeration() throws Throwable {
        String learner = newLearner();
        String id = evidence(fixture.assessment(2, "EXACT"), learner);
        scoreAs(scoring, "teacher2", id, "advanced");

        post(id, score("proficient")).then().statusCode(201).body("status", equalTo("MODERATION_REQUIRED"));

        List<TopicRecord> events = LearnerEvents.allOnceThereIs(learner, EventTypes.MODERATION_REQUIRED);
        assertThat(new JsonPath(events.get(events.size() - 1).value()).getString("agreement"))
                .isEqualTo("EXACT");
        assertThat(outboxEvents(learner, EventTypes.EVIDENCE_SCORED)).isZero();

        String same = evidence(fixture.assessment(2, "EXACT"), newLearner());
        scoreAs(scoring, "teacher2", same, "advanced");
        post(same, score("advanced"))
                .then()
                .statusCode(201)
                .body("finalScore.basis", equalTo("AGREEMENT"))
                .body("finalScore.level", equalTo("advanced"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void threeRatersAgreeOnTheirMedian() throws Throwable {
        String id = evidence(fixture.assessment(3, "ADJACENT"), newLearner());
        scoreAs(scoring, "teacher2", id, "advanced");
        scoreAs(scoring, "teacher3", id, "proficient");

        post(id, score("advanced"))
                .then()
                .statusCode(201)
                .body("ratersScored", equalTo(3))
                .body("finalScore.level", equalTo("advanced"))
                .body("finalScore.basis", equalTo("AGREEMENT"));
    }

    @Test
    @TestSecurity(user = "teaching-assistant", roles = "educator")
    @OidcSecurity(
            claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = TEACHING_LEARNER)})
    void learnerMayNotScoreOwnEvidenceAndNothingIsWritten() {
        String id = evidence(fixture.assessment(1, "ADJACENT"), TEACHING_LEARNER);
        String key = "own-" + UUID.randomUUID();

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(score("advanced"))
                .post(scores(id))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("You may not score your own evidence."));

        assertThat(raterScoresOf(id)).isZero();
        assertThat(TestDatabase.count("select count(*) from evidence_score where evidence_id = ?::uuid", id))
                .isZero();
        assertThat(TestDatabase.count("select count(*) from idempotency_key where idempotency_key = ?", key))
                .isZero();
        assertThat(outboxEvents(TEACHING_LEARNER, EventTypes.EVIDENCE_SCORED)).isZero();
        given().get(EVIDENCE + id).then().statusCode(200).body("status", equalTo("AWAITING_SCORES"));
        given().get(scores(id)).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("competencyId", fixture.ratio(), "level", "advanced"))
                .post(EVIDENCE + id + "/moderation")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void criteriaMustBeOfTheRubricForTheCompetencyAndOnTheScale() {
        String id = evidence(fixture.assessment(1, "ADJACENT"), newLearner());

        Map<String, Object> body = score("proficient");
        body.put(
                "criteria",
                List.of(
                        Map.of("criterionId", UUID.randomUUID().toString(), "level", "proficient"),
                        Map.of("criterionId", fixture.ratioCriterion(), "level", "excellent"),
                        Map.of("criterionId", fixture.ratioCriterion(), "level", "advanced")));
        post(id, body)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder("criteria[0].criterionId", "criteria[1].level", "criteria[2].criterionId"))
                .body(
                        "errors.find { it.field == 'criteria[1].level' }.message",
                        containsString("beginning, developing, proficient, advanced"));
        assertThat(raterScoresOf(id)).isZero();

        // "Explains ratios" judges the ratio competency only: not a criterion for the modelling competency
        String both = evidence(
                fixture.assessment(1, "ADJACENT", List.of(fixture.ratio(), fixture.modelling()), true), newLearner());
        Map<String, Object> onModelling = score("proficient");
        onModelling.put("competencyId", fixture.modelling());
        onModelling.put("criteria", List.of(Map.of("criterionId", fixture.ratioCriterion(), "level", "proficient")));
        post(both, onModelling).then().statusCode(422).body("errors.field", contains("criteria[0].criterionId"));
        onModelling.put(
                "criteria", List.of(Map.of("criterionId", fixture.presentationCriterion(), "level", "proficient")));
        post(both, onModelling)
                .then()
                .statusCode(201)
                .body("finalScore.criteria.criterionId", contains(fixture.presentationCriterion()));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesLevelsAndCompetenciesThatDoNotFit() {
        String both = evidence(
                fixture.assessment(2, "ADJACENT", List.of(fixture.ratio(), fixture.modelling()), true), newLearner());

        post(both, score("excellent"))
                .then()
                .statusCode(422)
                .body("errors.field", contains("competencyId"))
                .body("detail", containsString("2 competencies"));
        Map<String, Object> offScale = score("excellent");
        offScale.put("competencyId", fixture.ratio());
        post(both, offScale)
                .then()
                .statusCode(422)
                .body("errors.field", contains("level"))
                .body("errors[0].message", containsString("beginning, developing, proficient, advanced"));
        Map<String, Object> notAligned = score("proficient");
        notAligned.put("competencyId", UUID.randomUUID().toString());
        post(both, notAligned).then().statusCode(422).body("errors.field", contains("competencyId"));
        Map<String, Object> missingLevel = new LinkedHashMap<>();
        missingLevel.put("competencyId", fixture.ratio());
        missingLevel.put("feedback", "x".repeat(4001));
        post(both, missingLevel).then().statusCode(400).body("errors.field", containsInAnyOrder("level", "feedback"));
        assertThat(raterScoresOf(both)).isZero();

        post(UUID.randomUUID().toString(), score("proficient")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void sameRaterTwiceAndAFinalCompetencyAreConflicts() throws Throwable {
        String id = evidence(fixture.assessment(2, "ADJACENT"), newLearner());
        post(id, score("proficient")).then().statusCode(201);
        post(id, score("advanced"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already scored"));
        assertThat(raterScoresOf(id)).isEqualTo(1);

        String single = evidence(fixture.assessment(1, "ADJACENT"), newLearner());
        scoreAs(scoring, "teacher2", single, "developing");
        post(single, score("advanced"))
                .then()
                .statusCode(409)
                .body("detail", containsString("already has a final score"));
        assertThat(raterScoresOf(single)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void repeatWithSameIdempotencyKeyReturnsFirstResult() {
        String learner = newLearner();
        String id = evidence(fixture.assessment(1, "ADJACENT"), learner);
        String key = "score-" + UUID.randomUUID();
        Map<String, Object> body = score("proficient");
        body.put("feedback", "Well argued.");

        ExtractableResponse<Response> first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(scores(id))
                .then()
                .statusCode(201)
                .extract();
        ExtractableResponse<Response> repeat = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(scores(id))
                .then()
                .statusCode(201)
                .extract();

        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.body().asString()).isEqualTo(first.body().asString());
        assertThat(raterScoresOf(id)).isEqualTo(1);
        assertThat(outboxEvents(learner, EventTypes.EVIDENCE_SCORED)).isEqualTo(1);

        body.put("level", "advanced");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(scores(id))
                .then()
                .statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void ratersFinishingAtOnceDecideExactlyOnce() {
        List<String> ids = new ArrayList<>();
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            learners.add(newLearner());
            ids.add(evidence(fixture.assessment(2, "ADJACENT"), learners.get(i)));
        }
        List<CompletableFuture<ScoreResult>> racing = new ArrayList<>();
        for (String id : ids) {
            racing.add(CompletableFuture.supplyAsync(() -> quietly("racer-a", id)));
            racing.add(CompletableFuture.supplyAsync(() -> quietly("racer-b", id)));
        }
        List<ScoreResult> results = racing.stream().map(CompletableFuture::join).toList();

        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertThat(raterScoresOf(id)).isEqualTo(2);
            assertThat(TestDatabase.count("select count(*) from evidence_score where evidence_id = ?::uuid", id))
                    .as("exactly one final score")
                    .isEqualTo(1);
            assertThat(outboxEvents(learners.get(i), EventTypes.EVIDENCE_SCORED))
                    .isEqualTo(1);
            List<ScoreResult> forId = results.stream()
                    .filter(r -> r.evidenceId().toString().equals(id))
                    .toList();
            assertThat(forId)
                    .extracting(r -> r.status().name())
                    .as("one rater saw the calibration end, the other came first")
                    .containsExactlyInAnyOrder("AWAITING_SCORES", "FINAL");
        }
    }

    private ScoreResult quietly(String rater, String id) {
        try {
            return scoreAs(scoring, rater, id, "proficient");
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void moderationQueuePagesOldestFirst() throws Throwable {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = evidence(fixture.assessment(2, "EXACT"), newLearner());
            scoreAs(scoring, "queue-a", id, "beginning");
            scoreAs(scoring, "queue-b", id, "advanced");
            ids.add(id);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/moderation")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.evidenceId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsSubsequence(ids).doesNotHaveDuplicates();
        given().queryParam("cursor", "garbage").get("/api/v1/moderation").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotReadOrGiveRaterScores() {
        String anyEvidence = UUID.randomUUID().toString();
        given().get(scores(anyEvidence)).then().statusCode(403);
        post(anyEvidence, score("advanced")).then().statusCode(403);
        given().get("/api/v1/moderation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = "demo"),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    void guardianMayNotReadRaterScores() {
        given().get(scores(UUID.randomUUID().toString())).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void integrationsDoNotScore() {
        post(UUID.randomUUID().toString(), score("advanced")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    void anotherDistrictsEvidenceIsNotFound() throws Throwable {
        // made in demo through the services, as demo's teacher
        String id = ScoringFixture.evidence(evidenceService, fixture.assessment(assessments, 1), newLearner());

        given().get(scores(id)).then().statusCode(404).contentType("application/problem+json");
        post(id, score("proficient")).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("competencyId", fixture.ratio(), "level", "advanced"))
                .post(EVIDENCE + id + "/moderation")
                .then()
                .statusCode(404);
        assertThat(raterScoresOf(id)).isZero();
    }

    @Test
    void documentsEveryOperationWithSummaryAndExamples() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        Map<String, List<String>> operations = Map.of(
                "/api/v1/evidence/{id}/scores", List.of("post", "get"),
                "/api/v1/evidence/{id}/moderation", List.of("post"),
                "/api/v1/moderation", List.of("get"),
                "/api/v1/assessments/{id}/agreement", List.of("get"),
                "/api/v1/raters/{rater}/agreement", List.of("get"));
        operations.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> operation = paths.get(path).get(method);
            assertThat(operation).as(method + " " + path).containsKeys("summary", "description");
            assertThat(operation.toString()).as(method + " " + path).contains("example", "keycloak=[");
        }));
        assertThat(paths.get("/api/v1/evidence/{id}/scores").get("post").toString())
                .contains("Idempotency-Key", "problem+json");
    }
}
