package org.proficio.assessment.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.proficio.assessment.testing.ScoringFixture.newLearner;
import static org.proficio.assessment.testing.ScoringFixture.scoreAs;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.evidence.EvidenceService;
import org.proficio.assessment.scoring.ScoringService;
import org.proficio.assessment.testing.ScoringFixture;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Agreement statistics over rater scores given through the API. Two raters of their own (so no other test's scores
 * mix in) score five pieces of evidence of one assessment on the 4-level scale (beginning 0, developing 1, proficient
 * 2, advanced 3):
 *
 * <pre>
 *   item   rater A        rater B        ranks
 *   1      proficient     proficient     (2, 2)  exact
 *   2      proficient     advanced       (2, 3)  adjacent, agreed -> proficient
 *   3      developing     proficient     (1, 2)  adjacent, across the line -> moderation
 *   4      beginning      proficient     (0, 2)  -> moderation
 *   5      advanced       advanced       (3, 3)  exact
 * </pre>
 *
 * 5 items, 5 pairs; exact 2/5 = 40 %, adjacent 4/5 = 80 %.
 *
 * <p>Assessment (each pair entered both ways, n = 10): marginals (1, 1, 5, 3); Σ (i−j)²·O = 2·(1 + 1 + 4) = 12;
 * Σ (i−j)²·m_i·m_j = 2·(1·1·1 + 4·1·5 + 9·1·3 + 1·1·5 + 4·1·3 + 1·5·3) = 160; κ = 1 − 10·12/160 = 0.25.
 *
 * <p>Rater A (rows) against B (columns), n = 5: rows (1, 1, 2, 1), columns (0, 0, 3, 2); Σ (i−j)²·O = 1 + 1 + 4 = 6;
 * Σ (i−j)²·row_i·column_j = (4·3 + 9·2) + (1·3 + 4·2) + (1·2·2) + (1·1·3) = 48; κ = 1 − 5·6/48 = 0.375. Rater B against
 * A is the transposed table: the same κ.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AgreementStatisticsTest {

    private static final double EPSILON = 1e-9;

    private static final List<List<String>> LEVELS = List.of(
            List.of("proficient", "proficient"),
            List.of("proficient", "advanced"),
            List.of("developing", "proficient"),
            List.of("beginning", "proficient"),
            List.of("advanced", "advanced"));

    private static ScoringFixture fixture;
    private static String assessment;
    private static String raterA;
    private static String raterB;
    private static OffsetDateTime seededFrom;

    @Inject
    ScoringService scoring;

    @Inject
    AssessmentService assessments;

    @Inject
    EvidenceService evidence;

    /** Seeds through the services: a test method's identity may be a student's or another district's. */
    @BeforeEach
    void seedOnce() throws Throwable {
        if (fixture != null) {
            return;
        }
        ScoringFixture published = ScoringFixture.publish();
        seededFrom = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        assessment = published.assessment(assessments, 2);
        raterA = "rater-a-" + UUID.randomUUID();
        raterB = "rater-b-" + UUID.randomUUID();
        for (List<String> levels : LEVELS) {
            String id = ScoringFixture.evidence(evidence, assessment, newLearner());
            scoreAs(scoring, raterA, id, levels.get(0));
            scoreAs(scoring, raterB, id, levels.get(1));
        }
        // another item scored by rater A alone: no pair, no item
        scoreAs(
                scoring,
                raterA,
                ScoringFixture.evidence(evidence, published.assessment(assessments, 2), newLearner()),
                "advanced");
        fixture = published;
    }

    /** Figures are doubles; RestAssured would read them as floats. */
    private static RequestSpecification given() {
        return RestAssured.given()
                .config(RestAssured.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)));
    }

    private static String agreement(String assessmentId) {
        return "/api/v1/assessments/" + assessmentId + "/agreement";
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void assessmentFiguresMatchTheHandComputedValues() {
        given().get(agreement(assessment))
                .then()
                .statusCode(200)
                .body("assessmentId", equalTo(assessment))
                .body("from", nullValue())
                .body("to", nullValue())
                .body("items", equalTo(5))
                .body("pairs", equalTo(5))
                .body("exactAgreement", closeTo(40.0, EPSILON))
                .body("adjacentAgreement", closeTo(80.0, EPSILON))
                .body("quadraticWeightedKappa", closeTo(0.25, EPSILON))
                .body("raters.rater", containsInAnyOrder(raterA, raterB))
                .body("raters.pairs", contains(5, 5))
                .body("raters.exactAgreement", contains(closeTo(40.0, EPSILON), closeTo(40.0, EPSILON)))
                .body("raters.adjacentAgreement", contains(closeTo(80.0, EPSILON), closeTo(80.0, EPSILON)))
                .body("raters.quadraticWeightedKappa", contains(closeTo(0.375, EPSILON), closeTo(0.375, EPSILON)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void raterFiguresMatchTheHandComputedValues() {
        given().get("/api/v1/raters/" + raterA + "/agreement")
                .then()
                .statusCode(200)
                .body("rater", equalTo(raterA))
                .body("items", equalTo(5))
                .body("pairs", equalTo(5))
                .body("exactAgreement", closeTo(40.0, EPSILON))
                .body("adjacentAgreement", closeTo(80.0, EPSILON))
                .body("quadraticWeightedKappa", closeTo(0.375, EPSILON))
                .body("assessments.assessmentId", contains(assessment))
                .body("assessments[0].pairs", equalTo(5))
                .body("assessments[0].quadraticWeightedKappa", closeTo(0.375, EPSILON));

        given().get("/api/v1/raters/nobody-" + UUID.randomUUID() + "/agreement")
                .then()
                .statusCode(200)
                .body("pairs", equalTo(0))
                .body("exactAgreement", nullValue())
                .body("quadraticWeightedKappa", nullValue())
                .body("assessments", empty());
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void periodFiltersOnWhenTheScoresWereGiven() {
        String now = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).toString();
        given().queryParam("from", seededFrom.toString())
                .queryParam("to", now)
                .get(agreement(assessment))
                .then()
                .statusCode(200)
                .body("from", equalTo(seededFrom.toString()))
                .body("pairs", equalTo(5));
        given().queryParam("from", now)
                .get(agreement(assessment))
                .then()
                .statusCode(200)
                .body("items", equalTo(0))
                .body("pairs", equalTo(0))
                .body("exactAgreement", nullValue())
                .body("adjacentAgreement", nullValue())
                .body("quadraticWeightedKappa", nullValue())
                .body("raters", empty());
        given().queryParam("to", seededFrom.toString())
                .get("/api/v1/raters/" + raterA + "/agreement")
                .then()
                .statusCode(200)
                .body("pairs", equalTo(0));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesBadAndReversedPeriods() {
        given().queryParam("from", "2026-12-01T00:00:00Z")
                .queryParam("to", "2026-11-01T00:00:00Z")
                .get(agreement(assessment))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("to"));
        given().queryParam("from", "yesterday")
                .get(agreement(assessment))
                .then()
                .statusCode(400)
                .body("errors.field", contains("from"));
        given().queryParam("to", "2026-13-01")
                .get("/api/v1/raters/" + raterA + "/agreement")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void unknownAssessmentIsNotFound() {
        given().get(agreement(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    void anotherDistrictSeesNeitherTheAssessmentNorTheRatersScores() {
        given().get(agreement(assessment)).then().statusCode(404);
        given().get("/api/v1/raters/" + raterA + "/agreement")
                .then()
                .statusCode(200)
                .body("pairs", equalTo(0));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentsDoNotReadAgreementStatistics() {
        given().get(agreement(assessment)).then().statusCode(403);
        given().get("/api/v1/raters/teacher/agreement").then().statusCode(403);
        assertThat(raterA).isNotNull();
    }
}
