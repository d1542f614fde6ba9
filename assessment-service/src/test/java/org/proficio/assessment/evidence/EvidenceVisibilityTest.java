package org.proficio.assessment.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.evidence.EvidenceRequests.AssessmentInfo;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.testing.CompetencyEvents;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Who sees which evidence: students their own, guardians their linked learners, nobody another district's. That
 * evidence one may not see answers exactly like evidence that does not exist is tested in EvidenceExistenceTest.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EvidenceVisibilityTest {

    /** The management interface (health, metrics), {@code http://localhost:<port>/q/}. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    EvidenceService service;

    /** Per run: learner ids of the demo district are fixed by the tokens, so tests look for these ids. */
    static String ofStudent1;

    static String ofStudent2;

    /** A learner only staff look at, with three pieces of evidence in submission order. */
    static final String PAGED_LEARNER = "s-paged-" + UUID.randomUUID();

    static final List<String> paged = new ArrayList<>();

    @BeforeEach
    void seedOnce() throws Throwable {
        if (ofStudent1 != null) {
            return;
        }
        Map<String, Object> framework = CatalogSnapshots.minimal(1);
        try (CompetencyEvents events = new CompetencyEvents()) {
            events.publishAndAwait("demo", framework);
        }
        UUID competency = UUID.fromString(CatalogSnapshots.competencyId(framework, 0));
        for (int i = 0; i < 3; i++) {
            paged.add(submit(PAGED_LEARNER, competency, "Paged " + i));
        }
        ofStudent2 = submit("s-0002", competency, "Student 2 work");
        ofStudent1 = submit("s-0001", competency, "Student 1 work");
    }

    private String submit(String learnerId, UUID competency, String title) throws Throwable {
        NewEvidence request = NewEvidence.of(
                learnerId,
                competency,
                new AssessmentInfo(title, AssessmentKind.SUMMATIVE, Modality.PRESENTATION),
                "proficient");
        // Hibernate Reactive needs a Vert.x context; the test thread has none.
        return VertxContextSupport.subscribeAndAwait(
                        () -> service.submit(Submitter.of("demo", "teacher", SubmitterRole.EDUCATOR), null, request))
                .result()
                .id()
                .toString();
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentSeesOwnEvidence() {
        given().get("/api/v1/evidence/" + ofStudent1)
                .then()
                .statusCode(200)
                .body("learnerId", equalTo("s-0001"))
                .body("score.proficient", equalTo(true));
        given().get("/api/v1/learners/s-0001/evidence")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(ofStudent1))
                .body("items.learnerId", not(hasItem("s-0002")));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentIsRefusedAnotherLearnersEvidence() {
        // By id as if it did not exist (EvidenceExistenceTest); by learner 403, whatever the learner has.
        given().get("/api/v1/evidence/" + ofStudent2).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/learners/s-0002/evidence").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(
            claims = {
                @Claim(key = "district", value = "demo"),
                @Claim(key = "learners", value = "[\"s-0001\"]", type = ClaimType.JSON_ARRAY)
            })
    void guardianSeesLinkedLearnerOnly() {
        given().get("/api/v1/evidence/" + ofStudent1).then().statusCode(200);
        given().get("/api/v1/learners/s-0001/evidence").then().statusCode(200).body("items.id", hasItem(ofStudent1));
        given().get("/api/v1/evidence/" + ofStudent2).then().statusCode(404);
        given().get("/api/v1/learners/s-0002/evidence").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "other-district"))
    void otherDistrictSeesNothing() {
        given().get("/api/v1/evidence/" + ofStudent1).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/learners/s-0001/evidence").then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/learners/" + PAGED_LEARNER + "/evidence")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void pagesThroughLearnerEvidenceNewestFirst() {
        String next = given().queryParam("limit", 2)
                .get("/api/v1/learners/" + PAGED_LEARNER + "/evidence")
                .then()
                .statusCode(200)
                .body("items.id", contains(paged.get(2), paged.get(1)))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/learners/" + PAGED_LEARNER + "/evidence")
                .then()
                .statusCode(200)
                .body("items.id", contains(paged.get(0)))
                .body("items[0].score.level", equalTo("proficient"))
                .body("nextCursor", equalTo(null));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void answersProblemsForUnknownEvidenceBadCursorAndLimit() {
        given().get("/api/v1/evidence/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/evidence/not-a-uuid").then().statusCode(404);
        given().queryParam("cursor", "garbage")
                .get("/api/v1/learners/s-0001/evidence")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 501)
                .get("/api/v1/learners/s-0001/evidence")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    void tokenWithoutDistrictIsRefused() {
        given().get("/api/v1/evidence/" + ofStudent1).then().statusCode(403);
    }

    @Test
    void refusesReadsWithoutToken() {
        given().get("/api/v1/evidence/" + ofStudent1).then().statusCode(401);
        given().get("/api/v1/learners/s-0001/evidence").then().statusCode(401);
    }

    @Test
    void readinessCoversDatabaseAndKafkaChannels() {
        given().get(management + "health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"))
                .body("checks.find { it.name.contains('Messaging') }.data", hasKey("competency-events"))
                .body("checks.find { it.name.contains('Messaging') }.data", hasKey("outbox"));
    }
}
