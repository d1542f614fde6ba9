package org.proficio.progression.advancement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * Advancement on mastery, over the real broker and database: a learner on a pathway works through a prerequisite
 * chain A → B → C; each mastery unlocks the next target, the course of A and B earns its credit, and the pathway
 * (the course, C, one credit) is met once.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = AdvancementTest.DISTRICT))
class AdvancementTest {

    static final String DISTRICT = "advancement";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String learner = "s-" + UUID.randomUUID();
    private final UUID framework = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID algebra = UUID.randomUUID();
    private final UUID geometry = UUID.randomUUID();
    private final UUID pathway = UUID.randomUUID();

    private void catalog() {
        Map<UUID, String> codes = new LinkedHashMap<>();
        codes.put(a, "A");
        codes.put(b, "B");
        codes.put(c, "C");
        Map<String, Object> snapshot = Fixtures.framework(framework, codes);
        snapshot.put(
                "prerequisites",
                List.of(
                        Map.of("competencyId", b.toString(), "prerequisiteId", a.toString()),
                        Map.of("competencyId", c.toString(), "prerequisiteId", b.toString())));
        snapshot.put(
                "courses",
                List.of(
                        Fixtures.course(algebra, "ALG-" + algebra, "Algebra", List.of(a, b)),
                        Fixtures.course(geometry, "GEO-" + geometry, "Geometry", List.of(c))));
        snapshot.put(
                "resources",
                List.of(Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "competencyId",
                        b.toString(),
                        "title",
                        "Practice B",
                        "url",
                        "https://example.org/b",
                        "modality",
                        "video",
                        "expectedMinutes",
                        15,
                        "position",
                        0)));
        TestEvents.publish(Topics.COMPETENCY, EventTypes.FRAMEWORK_PUBLISHED, DISTRICT, framework.toString(), snapshot);
        UUID defined = CatalogSnapshots.definePathway(
                DISTRICT, CatalogSnapshots.pathway(pathway, 1, 1, List.of(algebra), List.of(c)));
        CatalogTables.awaitFramework(framework.toString());
        CatalogTables.awaitProcessed("progression-catalog", defined);
    }

    private void enrolled() {
        catalog();
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ada"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("targetDate", "2027-06-15"))
                .put("/api/v1/learners/" + learner + "/plan/pathways/" + pathway)
                .then()
                .statusCode(201);
    }

    private void master(UUID competency) {
        Fixtures.score(DISTRICT, learner, competency, framework, "proficient");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + competency)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("MASTERED")));
    }

    private static List<TopicRecord> unlockedFor(String who) {
        return TestEvents.events(Topics.PROGRESSION, who, EventTypes.TARGETS_UNLOCKED);
    }

    private String targets() {
        return "/api/v1/learners/" + learner + "/progress/targets";
    }

    private List<TopicRecord> events(String type, int count) {
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, type))
                        .hasSizeGreaterThanOrEqualTo(count));
        List<TopicRecord> events = TestEvents.events(Topics.PROGRESSION, learner, type);
        events.forEach(e -> EventSchemas.assertValid(type, e.value()));
        return events;
    }

    @Test
    void aPrerequisiteChainUnlocksTargetsEarnsCreditAndMeetsThePathwayOnce() {
        enrolled();
        given().get(targets()).then().statusCode(200).body("targets.competencyId", contains(a.toString()));
        given().get("/api/v1/learners/" + learner + "/plan")
                .then()
                .body("pathways[0].pathwayId", equalTo(pathway.toString()))
                .body("pathways[0].diploma", equalTo("Standard Diploma"));

        master(a);
        given().get(targets())
                .then()
                .body("targets.competencyId", contains(b.toString()))
                .body("targets[0].nextStep.title", contains("Practice B"));
        TopicRecord unlocked = events(EventTypes.TARGETS_UNLOCKED, 1).get(0);
        assertThat(TestEvents.data(unlocked).get("competencyId").asText()).isEqualTo(a.toString());
        assertThat(TestEvents.data(unlocked)
                        .get("unlocked")
                        .get(0)
                        .get("competencyId")
                        .asText())
                .isEqualTo(b.toString());

        given().get("/api/v1/learners/" + learner + "/progress/growth")
                .then()
                .statusCode(200)
                .body("competencies.competencyId", contains(a.toString()))
                .body("competencies[0].code", equalTo("A"))
                .body("competencies[0].points.status", contains("MASTERED"))
                .body("competencies[0].points[0].cause", equalTo("EVIDENCE"))
                .body("competencies[0].points[0].value", equalTo(3.0f));
        given().queryParam("competencyId", b.toString())
                .get("/api/v1/learners/" + learner + "/progress/growth")
                .then()
                .body("competencies", empty());
        given().queryParam("competencyId", "not-a-uuid")
                .get("/api/v1/learners/" + learner + "/progress/growth")
                .then()
                .statusCode(400)
                .body("errors.field", contains("competencyId"));
        given().get("/api/v1/learners/" + learner + "/progress/summary")
                .then()
                .statusCode(200)
                .body("planCompetencies", equalTo(3))
                .body("byStatus.MASTERED", equalTo(1))
                .body("byStatus.NOT_STARTED", equalTo(2))
                .body("currentTargets.competencyId", contains(b.toString()))
                .body("currentTargets[0].code", equalTo("B"))
                .body("creditsEarned", equalTo(0))
                .body("pathways[0].met", equalTo(false))
                .body("stalled", equalTo(0));
        given().get("/api/v1/learners/" + learner + "/progress/courses/" + algebra)
                .then()
                .statusCode(200)
                .body("competencies.code", contains("A", "B"))
                .body("competencies.status", contains("MASTERED", "NOT_STARTED"))
                .body("mastered", equalTo(1))
                .body("earned", equalTo(false));
        given().get("/api/v1/learners/" + learner + "/progress/courses/" + UUID.randomUUID())
                .then()
                .statusCode(404);

        master(b);
        TopicRecord credit = events(EventTypes.CREDIT_AWARDED, 1).get(0);
        given().get("/api/v1/learners/" + learner + "/progress/courses/" + algebra)
                .then()
                .body("earned", equalTo(true))
                .body("earnedAt", notNullValue());
        assertThat(TestEvents.data(credit).get("courseId").asText()).isEqualTo(algebra.toString());
        assertThat(TestEvents.data(credit).get("credits").asDouble()).isEqualTo(1.0);
        given().get(targets()).then().body("targets.competencyId", contains(c.toString()));
        given().get("/api/v1/learners/" + learner + "/progress/pathways/" + pathway)
                .then()
                .statusCode(200)
                .body("met", equalTo(false))
                .body("creditsEarned", equalTo(1.0f))
                .body("courses[0].earned", equalTo(true))
                .body("missingCourses", empty())
                .body("missingCompetencies", contains(c.toString()))
                .body("remainingCompetencies", equalTo(1))
                .body("pacePerWeek", notNullValue())
                .body("projectedCompletion", notNullValue())
                .body("targetDate", equalTo("2027-06-15"))
                // one left, and the target date asks 1 × 7 ÷ the days left a week: far below her pace
                .body("expectedPacePerWeek", equalTo(expectedPacePerWeek(1, LocalDate.of(2027, 6, 15))))
                .body("onPace", equalTo(true));

        master(c);
        TopicRecord met = events(EventTypes.GRADUATION_REQUIREMENTS_MET, 1).get(0);
        assertThat(TestEvents.data(met).get("pathwayId").asText()).isEqualTo(pathway.toString());
        given().get("/api/v1/learners/" + learner + "/progress/pathways/" + pathway)
                .then()
                .body("met", equalTo(true))
                .body("remainingCompetencies", equalTo(0))
                .body("expectedPacePerWeek", equalTo(0))
                .body("onPace", equalTo(true));
        // Geometry counts only C: its credit comes from mastery, whatever her plan.
        given().get("/api/v1/learners/" + learner + "/progress/credits")
                .then()
                .body("total", equalTo(2.0f))
                .body("credits.courseId", contains(algebra.toString(), geometry.toString()));
        given().get(targets()).then().body("targets", empty());

        // More evidence on a mastered competency awards nothing twice.
        Fixtures.score(DISTRICT, learner, c, framework, "advanced");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + c)
                        .then()
                        .body("evidenceCount", equalTo(2)));
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.CREDIT_AWARDED))
                .hasSize(2);
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.GRADUATION_REQUIREMENTS_MET))
                .hasSize(1);
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.TARGETS_UNLOCKED))
                .hasSize(2);
    }

    @Test
    void aPolicyChangeThatMastersACompetencyUnlocksHerNextTarget() {
        enrolled();
        // a classmate on the same pathway with the same scores: the change's pass reads the catalog once for both
        String classmate = "s-" + UUID.randomUUID();
        Fixtures.enrolled(classmate, "Grace", "pathways/" + pathway);
        for (String who : List.of(learner, classmate)) {
            Fixtures.score(DISTRICT, who, a, framework, "proficient");
            Fixtures.score(DISTRICT, who, a, framework, "developing");
            await().atMost(WAIT)
                    .untilAsserted(() -> given().get("/api/v1/learners/" + who + "/progress/" + a)
                            .then()
                            .body("evidenceCount", equalTo(2))
                            .body("status", equalTo("IN_PROGRESS")));
        }

        // Her first, proficient score had mastered A and opened B once already; the developing one took A back.
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(unlockedFor(classmate)).hasSize(1));

        // The highest score decides from now on: A is mastered by the policy, and B opens, for both of them.
        given().contentType(ContentType.JSON)
                .body(Map.of("algorithm", "HIGHEST"))
                .put("/api/v1/mastery-policies/frameworks/" + framework)
                .then()
                .statusCode(200)
                .body("changed", equalTo(2));
        given().get(targets()).then().body("targets.competencyId", contains(b.toString()));
        given().get("/api/v1/learners/" + classmate + "/progress/targets")
                .then()
                .body("targets.competencyId", contains(b.toString()));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(unlockedFor(classmate)).hasSize(2));
        TopicRecord unlocked = events(EventTypes.TARGETS_UNLOCKED, 1).get(0);
        assertThat(TestEvents.data(unlocked).get("competencyId").asText()).isEqualTo(a.toString());
        assertThat(TestEvents.data(unlocked)
                        .get("unlocked")
                        .get(0)
                        .get("competencyId")
                        .asText())
                .isEqualTo(b.toString());
    }

    @Test
    void aTargetsNextStepShowsRefusedAttemptsUntilASummativeScore() {
        enrolled();
        UUID assessment = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        denied(assessment, 2, now.minusHours(1), "practice-evidence");
        denied(assessment, 1, now.minusHours(3), "an older denial, arriving late");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(targets())
                        .then()
                        .statusCode(200)
                        .body("targets.competencyId", contains(a.toString()))
                        .body("targets[0].readiness", hasSize(1))
                        .body("targets[0].readiness[0].assessmentId", equalTo(assessment.toString()))
                        .body("targets[0].readiness[0].state", equalTo("NOT_READY"))
                        .body("targets[0].readiness[0].attempt", equalTo(2))
                        .body("targets[0].readiness[0].unmet[0].condition", equalTo("practice-evidence")));

        Map<String, Object> summative = Fixtures.scored(UUID.randomUUID(), learner, a, framework, "developing");
        summative.put("assessmentKind", "SUMMATIVE");
        summative.put("observedAt", now.toString());
        TestEvents.publish(Topics.ASSESSMENT, EventTypes.EVIDENCE_SCORED, DISTRICT, learner, summative);
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(targets())
                        .then()
                        .statusCode(200)
                        .body("targets.competencyId", contains(a.toString()))
                        .body("targets[0].evidenceCount", equalTo(1))
                        .body("targets[0].readiness", empty()));
    }

    private void denied(UUID assessment, int attempt, OffsetDateTime at, String condition) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("learnerId", learner);
        data.put("assessmentId", assessment.toString());
        data.put("assessmentKind", "SUMMATIVE");
        data.put("competencyIds", List.of(a.toString()));
        data.put("frameworkId", framework.toString());
        data.put("refusal", "NOT_READY");
        data.put("attempt", attempt);
        data.put("unmet", List.of(Map.of("condition", condition, "detail", "two practice pieces")));
        data.put("deniedAt", at.toString());
        TestEvents.publish(Topics.ASSESSMENT, EventTypes.READINESS_DENIED, DISTRICT, learner, data);
    }

    @Test
    void aCourseDefinedAfterHerMasteryIsCreditedWhenABulkEnrollmentPutsItOnHerPlan() {
        UUID later = UUID.randomUUID();
        UUID x = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        Fixtures.publishFramework(DISTRICT, later, Map.of(x, "L.1"));
        CatalogTables.awaitFramework(later.toString());
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Lea"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201);
        Fixtures.score(DISTRICT, learner, x, later, "advanced");
        await().atMost(WAIT)
                .untilAsserted(() -> given().get("/api/v1/learners/" + learner + "/progress/" + x)
                        .then()
                        .body("status", equalTo("MASTERED")));
        // The course comes with the framework's next publication, after her mastery: no credit yet.
        Fixtures.publishFramework(
                DISTRICT,
                later,
                Map.of(x, "L.1"),
                List.of(Fixtures.course(course, "L-" + course, "Later", List.of(x))));
        await().atMost(WAIT)
                .until(() ->
                        CatalogTables.count("select count(*) from catalog.course where course_id = ?", course) == 1);
        given().get("/api/v1/learners/" + learner + "/progress/credits").then().body("total", equalTo(0));

        Map<String, Object> enrollments =
                Map.of("enrollments", List.of(Map.of("learnerId", learner, "courseId", course.toString())));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .body(enrollments)
                    .post("/api/v1/enrollments/bulk")
                    .then()
                    .statusCode(200);
        }
        given().get("/api/v1/learners/" + learner + "/progress/credits")
                .then()
                .body("credits.courseId", contains(course.toString()));
        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.CREDIT_AWARDED))
                                .hasSize(1));
    }

    @Test
    void aFrameworksTreeIsScopedToHerPlanAndPaged() {
        UUID tree = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID offPlan = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        Map<UUID, String> codes = new LinkedHashMap<>();
        codes.put(first, "T.1");
        codes.put(offPlan, "T.2");
        codes.put(third, "T.3");
        Fixtures.publishFramework(
                DISTRICT, tree, codes, List.of(Fixtures.course(course, "T-" + course, "Trees", List.of(first, third))));
        CatalogTables.awaitFramework(tree.toString());
        Fixtures.enrolled(learner, "Tia", "courses/" + course);
        Fixtures.score(DISTRICT, learner, first, tree, "proficient");
        String path = "/api/v1/learners/" + learner + "/progress/frameworks/" + tree;
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(path)
                        .then()
                        .statusCode(200)
                        .body("scope", equalTo("plan"))
                        .body("items.code", contains("T.1", "T.3"))
                        .body("items.status", contains("MASTERED", "NOT_STARTED"))
                        .body("items[0].evidenceCount", equalTo(1))
                        .body("items.onPlan", contains(true, true)));

        String next = given().queryParam("scope", "all")
                .queryParam("limit", 2)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.code", contains("T.1", "T.2"))
                .body("items.onPlan", contains(true, false))
                .extract()
                .path("nextCursor");
        given().queryParam("scope", "all")
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.code", contains("T.3"))
                .body("nextCursor", nullValue());

        given().queryParam("scope", "some").get(path).then().statusCode(400);
        given().queryParam("cursor", "bm90IGEgY3Vyc29y").get(path).then().statusCode(400);
        given().get("/api/v1/learners/" + learner + "/progress/frameworks/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().get("/api/v1/learners/nobody-" + UUID.randomUUID() + "/progress/frameworks/" + tree)
                .then()
                .statusCode(404);
    }

    @Test
    void aPathwayAlreadyMetIsMetWhenSheIsEnrolled() {
        catalog();
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Grace"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201);
        master(a);
        master(b);
        master(c);
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.TARGETS_UNLOCKED))
                .isEmpty();
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/learners/" + learner + "/plan/pathways/" + pathway)
                .then()
                .statusCode(201);
        events(EventTypes.GRADUATION_REQUIREMENTS_MET, 1);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/learners/" + learner + "/plan/pathways/" + pathway)
                .then()
                .statusCode(204);
        assertThat(TestEvents.events(Topics.PROGRESSION, learner, EventTypes.GRADUATION_REQUIREMENTS_MET))
                .hasSize(1);
    }

    @Test
    void unknownPathwaysAndPathwaysOffHerPlanAreRefused() {
        catalog();
        given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Alan"))
                .put("/api/v1/learners/" + learner)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .put("/api/v1/learners/" + learner + "/plan/pathways/" + UUID.randomUUID())
                .then()
                .statusCode(422)
                .body("errors.field", contains("pathwayId"));
        given().get("/api/v1/learners/" + learner + "/progress/pathways/" + pathway)
                .then()
                .statusCode(404);
        given().delete("/api/v1/learners/" + learner + "/plan/pathways/" + pathway)
                .then()
                .statusCode(404);
        given().get("/api/v1/learners/nobody-" + UUID.randomUUID() + "/progress/targets")
                .then()
                .statusCode(404);
        String nobody = "nobody-" + UUID.randomUUID();
        given().get("/api/v1/learners/" + nobody + "/progress/summary")
                .then()
                .statusCode(404)
                .body("detail", equalTo("No learner " + nobody + " in your district."));
        given().get("/api/v1/learners/" + nobody + "/progress/courses/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("detail", equalTo("No learner " + nobody + " in your district."));
        given().get("/api/v1/learners/" + learner + "/progress/targets").then().body("targets", hasSize(0));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-self")})
    void aStudentReadsOnlyHerOwnTargetsAndCredits() {
        given().get("/api/v1/learners/s-other/progress/targets").then().statusCode(403);
        given().get("/api/v1/learners/s-other/progress/credits").then().statusCode(403);
        given().get("/api/v1/learners/s-self/progress/credits").then().statusCode(404);
    }

    private static float expectedPacePerWeek(int remaining, LocalDate target) {
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), target);
        return BigDecimal.valueOf(remaining * 7L)
                .divide(BigDecimal.valueOf(daysLeft), 2, RoundingMode.CEILING)
                .floatValue();
    }
}
