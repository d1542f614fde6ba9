package org.proficio.assessment.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRequests.CalibrationRequest;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentService;
import org.proficio.assessment.assessment.Calibration;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceService;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.evidence.SubmitterRole;
import org.proficio.assessment.scoring.Rater;
import org.proficio.assessment.scoring.ScoringRequests.CriterionScore;
import org.proficio.assessment.scoring.ScoringRequests.NewRaterScore;
import org.proficio.assessment.scoring.ScoringService;
import org.proficio.assessment.scoring.ScoringViews.ScoreResult;
import org.proficio.catalog.testing.CatalogSnapshots;

/**
 * A published framework with a rubric ({@link CatalogSnapshots#full}), assessments and evidence made through the
 * public API as the test's own identity, and scores by other raters through the service (a test request has one
 * identity; a calibration needs several).
 */
public final class ScoringFixture {

    public static final String DISTRICT = "demo";

    public final Map<String, Object> framework;

    private ScoringFixture(Map<String, Object> framework) {
        this.framework = framework;
    }

    /** Publishes a full framework (4-level scale, rubric) for the demo district and waits for the read model. */
    public static ScoringFixture publish() {
        Map<String, Object> framework = CatalogSnapshots.full(UUID.randomUUID());
        try (CompetencyEvents events = new CompetencyEvents()) {
            events.publishAndAwait(DISTRICT, framework);
        }
        return new ScoringFixture(framework);
    }

    /** 6.RP.A.1, the competency the rubric's first criterion judges. */
    public String ratio() {
        return CatalogSnapshots.competencyId(framework, 1);
    }

    public String modelling() {
        return CatalogSnapshots.competencyId(framework, 2);
    }

    private Map<String, Object> rubric() {
        return CatalogSnapshots.list(framework, "rubrics").get(0);
    }

    public String rubricId() {
        return (String) rubric().get("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> criteria() {
        return (List<Map<String, Object>>) rubric().get("criteria");
    }

    /** "Explains ratios": judges the ratio competency only. */
    public String ratioCriterion() {
        return (String) criteria().get(0).get("id");
    }

    /** "Presents clearly": judges every competency of the rubric. */
    public String presentationCriterion() {
        return (String) criteria().get(1).get("id");
    }

    /** A formative assessment of the ratio competency with the rubric, defined through POST /api/v1/assessments. */
    public String assessment(int ratersRequired, String agreement) {
        return assessment(ratersRequired, agreement, List.of(ratio()), true);
    }

    public String assessment(int ratersRequired, String agreement, List<String> competencies, boolean withRubric) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Ratio project defense " + UUID.randomUUID());
        body.put("kind", "FORMATIVE");
        body.put("modality", "PRESENTATION");
        body.put("competencyIds", new ArrayList<>(competencies));
        if (withRubric) {
            body.put("rubricId", rubricId());
        }
        body.put("calibration", Map.of("ratersRequired", ratersRequired, "agreement", agreement));
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Unscored evidence of the assessment, submitted through POST /api/v1/evidence: it awaits its raters. */
    public static String evidence(String assessmentId, String learnerId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("learnerId", learnerId, "assessmentId", assessmentId))
                .post("/api/v1/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String newLearner() {
        return "s-" + UUID.randomUUID();
    }

    /** Scores as another rater of the demo district, through the service. */
    public static ScoreResult scoreAs(ScoringService scoring, String rater, String evidenceId, NewRaterScore request)
            throws Throwable {
        return VertxContextSupport.subscribeAndAwait(
                        () -> scoring.score(Rater.of(DISTRICT, rater), UUID.fromString(evidenceId), null, request))
                .result();
    }

    public static ScoreResult scoreAs(ScoringService scoring, String rater, String evidenceId, String level)
            throws Throwable {
        return scoreAs(scoring, rater, evidenceId, new NewRaterScore(null, level, null, null));
    }

    public static CriterionScore criterion(String id, String level) {
        return new CriterionScore(UUID.fromString(id), level);
    }

    /** The request POST /api/v1/assessments takes, for calling the service directly. */
    public NewAssessment newAssessment(int ratersRequired) {
        return new NewAssessment(
                "Ratio project defense " + UUID.randomUUID(),
                null,
                AssessmentKind.FORMATIVE,
                Modality.PRESENTATION,
                List.of(UUID.fromString(ratio())),
                UUID.fromString(rubricId()),
                null,
                null,
                new CalibrationRequest(ratersRequired, Calibration.Agreement.ADJACENT),
                null,
                null,
                null);
    }

    /** Unscored evidence of the assessment, for calling the service directly. */
    public static NewEvidence unscored(String assessmentId, String learnerId) {
        return attempt(assessmentId, learnerId, null);
    }

    /** Evidence of the assessment scored at this level (null: unscored), for calling the service directly. */
    public static NewEvidence attempt(String assessmentId, String learnerId, String level) {
        return new NewEvidence(
                learnerId,
                UUID.fromString(assessmentId),
                null,
                null,
                null,
                level,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** An assessment defined through the service as the demo district's teacher (for seeding outside a request). */
    public String assessment(AssessmentService assessments, int ratersRequired) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(
                        () -> assessments.create(DISTRICT, "teacher", null, newAssessment(ratersRequired)))
                .result()
                .id()
                .toString();
    }

    /** Unscored evidence submitted through the service as the demo district's teacher. */
    public static String evidence(EvidenceService evidence, String assessmentId, String learnerId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> evidence.submit(
                        Submitter.of(DISTRICT, "teacher", SubmitterRole.EDUCATOR),
                        null,
                        unscored(assessmentId, learnerId)))
                .result()
                .id()
                .toString();
    }

    public static Map<String, Object> score(String level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", level);
        return body;
    }
}
