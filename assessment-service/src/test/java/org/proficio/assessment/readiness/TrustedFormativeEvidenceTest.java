package org.proficio.assessment.readiness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRequests.CalibrationRequest;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentRequests.ReadinessRequest;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.assessment.Calibration;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceRequests.AssessmentInfo;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceService;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.evidence.SubmitterRole;
import org.proficio.assessment.scoring.ScoringService;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.assessment.testing.ScoringFixture;
import org.proficio.assessment.testing.TestDatabase;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Readiness counts only formative evidence a learner cannot have forged (issue 9, finding 1): what an integration, an
 * educator or a district admin submitted, and the learner's own work once staff have scored it. A student posting
 * unscored "formative evidence" about herself does not pass her own readiness gate.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TrustedFormativeEvidenceTest {

    static final String EVIDENCE = "/api/v1/evidence";

    /** A framework of district demo: competency 0 is the root, 1..3 its children. */
    private static Map<String, Object> framework;

    @Inject
    AssessmentService assessments;

    @Inject
    EvidenceService evidence;

    @Inject
    ScoringService scoring;

    @BeforeEach
    void publishFrameworkOnce() {
        if (framework != null) {
            return;
        }
        try (CompetencyEvents events = new CompetencyEvents()) {
            Map<String, Object> snapshot = CatalogSnapshots.minimal(4);
            events.publishAndAwait("demo", snapshot);
            framework = snapshot;
        }
    }

    static String competency(int index) {
        return CatalogSnapshots.competencyId(framework, index);
    }

    /** A summative assessment of the competency that needs {@code formative} pieces of formative evidence on it. */
    String summativeNeeding(int formative, String competencyId) throws Throwable {
        return define(AssessmentKind.SUMMATIVE, competencyId, 1, new ReadinessRequest(formative, false));
    }

    String define(AssessmentKind kind, String competencyId, int raters, ReadinessRequest readiness) throws Throwable {
        NewAssessment request = new NewAssessment(
                kind + " " + UUID.randomUUID(),
                null,
                kind,
                Modality.PRESENTATION,
                List.of(UUID.fromString(competencyId)),
                null,
                null,
                null,
                new CalibrationRequest(raters, Calibration.Agreement.ADJACENT),
                readiness,
                null,
                null);
        return VertxContextSupport.subscribeAndAwait(() -> assessments.create("demo", "teacher", null, request))
                .result()
                .id()
                .toString();
    }

    /** Unscored evidence of an inline FORMATIVE assessment, as a student posts it about herself: just a dot. */
    static Map<String, Object> ownFormative(String learner, String competencyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learnerId", learner);
        body.put("competencyId", competencyId);
        body.put("assessment", Map.of("title", "Practice", "kind", "FORMATIVE", "modality", "SELECTED_RESPONSE"));
        body.put("text", ".");
        return body;
    }

    static String post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(EVIDENCE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Unscored formative evidence submitted through the service by someone else than the test's caller. */
    String submittedAs(SubmitterRole role, String name, String learner, String competencyId) throws Throwable {
        NewEvidence request = NewEvidence.of(
                learner,
                UUID.fromString(competencyId),
                new AssessmentInfo("Exit ticket", AssessmentKind.FORMATIVE, Modality.SELECTED_RESPONSE),
                null);
        return VertxContextSupport.subscribeAndAwait(
                        () -> evidence.submit(Submitter.of("demo", name, role), null, request))
                .result()
                .id()
                .toString();
    }

    /** The LMS's summative attempt for the learner, scored proficient: its attempt number, or the refusal. */
    Object lmsAttempt(String learner, String assessmentId) {
        NewEvidence attempt = ScoringFixture.attempt(assessmentId, learner, "proficient");
        try {
            return VertxContextSupport.subscribeAndAwait(() ->
                            evidence.submit(Submitter.of("demo", "demo-lms", SubmitterRole.INTEGRATION), null, attempt))
                    .result()
                    .attempt();
        } catch (Throwable refused) {
            return refused;
        }
    }

    static JsonPath readiness(String learner, String assessmentId) {
        return given().queryParam("assessmentId", assessmentId)
                .get("/api/v1/learners/" + learner + "/readiness")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static List<Object> submitterRoles(String learner, String competencyId) {
        return TestDatabase.rows(
                        "select e.submitter_role from evidence e join evidence_alignment a on a.evidence_id = e.id"
                                + " where e.learner_id = ? and a.competency_id = ?::uuid order by e.submitted_at",
                        learner,
                        competencyId)
                .stream()
                .map(r -> r.get("submitter_role"))
                .toList();
    }

    @Nested
    @TestSecurity(user = "student2", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0002")})
    class AStudent {

        @Test
        void doesNotPassHerOwnReadinessGateWithUnscoredFormativeEvidenceOfHerOwn() throws Throwable {
            String assessment = summativeNeeding(2, competency(1));
            assertThat(readiness("s-0002", assessment).getList("unmet.detail"))
                    .containsExactly("0 of 2 formative pieces of evidence on competency " + competency(1));

            // The probe: two "pieces of formative evidence" she wrote herself, accepted as her own work.
            post(ownFormative("s-0002", competency(1)));
            post(ownFormative("s-0002", competency(1)));

            JsonPath view = readiness("s-0002", assessment);
            assertThat(view.getBoolean("ready")).isFalse();
            assertThat(view.getString("refusal")).isEqualTo("NOT_READY");
            assertThat(view.getList("unmet.detail"))
                    .containsExactly("0 of 2 formative pieces of evidence on competency " + competency(1));
            assertThat(lmsAttempt("s-0002", assessment))
                    .as("the LMS's summative attempt is refused as not ready")
                    .isInstanceOfSatisfying(
                            AttemptRefused.class,
                            refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_READY));
            assertThat(TestDatabase.count("select count(*) from evidence where assessment_id = ?::uuid", assessment))
                    .isZero();
            assertThat(submitterRoles("s-0002", competency(1))).containsExactly("LEARNER", "LEARNER");
        }

        @Test
        void herOwnFormativeEvidenceCountsOnceStaffHaveScoredIt() throws Throwable {
            String assessment = summativeNeeding(2, competency(2));
            String first = post(ownFormative("s-0002", competency(2)));
            post(ownFormative("s-0002", competency(2)));

            // One rater (the default): the teacher's score is final, and the piece is staff-judged from then on.
            ScoringFixture.scoreAs(scoring, "teacher", first, "developing");
            assertThat(readiness("s-0002", assessment).getList("unmet.detail"))
                    .containsExactly("1 of 2 formative pieces of evidence on competency " + competency(2));

            // Two raters: the first rater's score is not final yet, but it is a staff judgement already.
            String calibrated = define(AssessmentKind.FORMATIVE, competency(2), 2, null);
            Map<String, Object> ofCalibrated = new LinkedHashMap<>();
            ofCalibrated.put("learnerId", "s-0002");
            ofCalibrated.put("assessmentId", calibrated);
            ofCalibrated.put("text", "My ratio table for the recipe task");
            String third = post(ofCalibrated);
            assertThat(readiness("s-0002", assessment).getBoolean("ready")).isFalse();
            ScoringFixture.scoreAs(scoring, "teacher", third, "proficient");

            JsonPath view = readiness("s-0002", assessment);
            assertThat(view.getBoolean("ready")).isTrue();
            assertThat(view.getList("unmet")).isEmpty();
            assertThat(lmsAttempt("s-0002", assessment)).isEqualTo(1);
        }
    }

    @Nested
    @TestSecurity(user = "demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    class ATrustedSource {

        @Test
        void countsUnscoredFormativeEvidenceOfIntegrationsEducatorsAndDistrictAdmins() throws Throwable {
            String learner = "s-" + UUID.randomUUID();
            String assessment = summativeNeeding(3, competency(3));
            Map<String, Object> lms = ownFormative(learner, competency(3));
            lms.put("text", "Quiz answers, awaiting the teacher");
            post(lms);
            submittedAs(SubmitterRole.EDUCATOR, "teacher", learner, competency(3));
            assertThat(readiness(learner, assessment).getList("unmet.detail"))
                    .containsExactly("2 of 3 formative pieces of evidence on competency " + competency(3));
            submittedAs(SubmitterRole.DISTRICT_ADMIN, "admin", learner, competency(3));

            assertThat(readiness(learner, assessment).getBoolean("ready")).isTrue();
            assertThat(submitterRoles(learner, competency(3)))
                    .containsExactly("INTEGRATION", "EDUCATOR", "DISTRICT_ADMIN");
            Map<String, Object> attempt = new LinkedHashMap<>();
            attempt.put("learnerId", learner);
            attempt.put("assessmentId", assessment);
            attempt.put("level", "proficient");
            given().contentType(ContentType.JSON)
                    .body(attempt)
                    .post(EVIDENCE)
                    .then()
                    .statusCode(201)
                    .body("attempt", equalTo(1));
        }

        @Test
        void countsEvidenceStoredBeforeSubmitterRolesWereRecordedOnlyOnceScored() throws Throwable {
            String learner = "s-" + UUID.randomUUID();
            String assessment = summativeNeeding(1, competency(3));
            String unscored = post(ownFormative(learner, competency(3)));
            // As V9 leaves the rows of an earlier release: nobody can tell any more who sent them.
            TestDatabase.rows("update evidence set submitter_role = null where learner_id = ? returning id", learner);
            assertThat(readiness(learner, assessment).getList("unmet.detail"))
                    .containsExactly("0 of 1 formative pieces of evidence on competency " + competency(3));

            ScoringFixture.scoreAs(scoring, "teacher", unscored, "beginning");
            assertThat(readiness(learner, assessment).getBoolean("ready")).isTrue();
        }
    }
}
