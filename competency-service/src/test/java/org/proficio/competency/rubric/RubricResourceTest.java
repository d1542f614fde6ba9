package org.proficio.competency.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.CatalogFixture;
import org.proficio.competency.CatalogFixture.Catalog;
import org.proficio.competency.framework.Framework;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class RubricResourceTest {

    private static final String DISTRICT = "rubric-test";

    @Inject
    RubricService service;

    /** A draft with a rubric, a published framework with a rubric (added while it was a draft), another draft. */
    static Catalog draft;

    static Catalog published;
    static Catalog other;
    static String draftRubric;
    static String publishedRubric;

    static Map<String, Object> descriptor(String scaleLevel) {
        return Map.of("scaleLevel", scaleLevel, "description", "Work at " + scaleLevel);
    }

    static Map<String, Object> criterion(UUID competencyId, List<Map<String, Object>> levels) {
        return Map.of("competencyId", competencyId.toString(), "category", "Reasoning", "levels", levels);
    }

    static Map<String, Object> rubric(String title, List<Map<String, Object>> criteria) {
        return Map.of("title", title, "criteria", criteria);
    }

    static String rubricsOf(UUID frameworkId) {
        return "/api/v1/frameworks/" + frameworkId + "/rubrics";
    }

    @BeforeEach
    void createOnce() throws Throwable {
        if (draft != null) {
            return;
        }
        draft = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "A", "A.1", "A.2");
        published = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "B", "B.1");
        other = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "C");
        draftRubric = create(draft.frameworkId(), draft.competency("A.1")).toString();
        publishedRubric =
                create(published.frameworkId(), published.competency("B.1")).toString();
        CatalogFixture.publish(published.frameworkId());
    }

    private UUID create(UUID frameworkId, UUID competencyId) throws Throwable {
        var request = new RubricRequests.NewRubric(
                "Rubric on " + competencyId,
                null,
                List.of(new RubricRequests.NewCriterion(
                        competencyId,
                        null,
                        null,
                        null,
                        List.of(
                                new RubricRequests.NewDescriptor("proficient", "Meets it", "Well done"),
                                new RubricRequests.NewDescriptor("beginning", "Starts", null)))));
        return VertxContextSupport.subscribeAndAwait(() -> service.create(DISTRICT, frameworkId, request))
                .id();
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void createsRubricWithDescriptorsInScaleOrder() {
        String id = given().contentType(ContentType.JSON)
                .body(rubric(
                        "Performance task",
                        List.of(
                                criterion(
                                        draft.competency("A.2"),
                                        List.of(
                                                descriptor("advanced"),
                                                descriptor("beginning"),
                                                descriptor("proficient"),
                                                descriptor("developing"))),
                                criterion(draft.competency("A.1"), List.of(descriptor("proficient"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("frameworkId", equalTo(draft.frameworkId().toString()))
                .body("criteria", hasSize(2))
                .body(
                        "criteria[0].competencyId",
                        equalTo(draft.competency("A.2").toString()))
                .body("criteria[0].competencyTitle", equalTo("A.2"))
                .body("criteria[0].levels.scaleLevel", contains("beginning", "developing", "proficient", "advanced"))
                .body("criteria[0].levels.label", contains("Beginning", "Developing", "Proficient", "Advanced"))
                .body("criteria[0].levels.proficient", contains(false, false, true, true))
                .body(
                        "criteria[0].levels.description",
                        contains("Work at beginning", "Work at developing", "Work at proficient", "Work at advanced"))
                .extract()
                .path("id");

        given().get("/api/v1/rubrics/" + id)
                .then()
                .statusCode(200)
                .body("identifier", equalTo(id))
                .body("title", equalTo("Performance task"))
                .body("criteria[1].levels.scaleLevel", contains("proficient"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void addingARubricMovesTheFrameworksRevision() throws Throwable {
        Catalog fresh = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "F.1");
        String before = given().get("/api/v1/frameworks/" + fresh.frameworkId())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        given().contentType(ContentType.JSON)
                .body(rubric("Moves", List.of(criterion(fresh.competency("F.1"), List.of(descriptor("advanced"))))))
                .post(rubricsOf(fresh.frameworkId()))
                .then()
                .statusCode(201);

        String after = given().get("/api/v1/frameworks/" + fresh.frameworkId())
                .then()
                .extract()
                .header("ETag");
        assertThat(after).isNotEqualTo(before);
        given().header("If-Match", before)
                .post("/api/v1/frameworks/" + fresh.frameworkId() + "/publish")
                .then()
                .statusCode(412);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void locationNamesTheRubric() {
        String location = given().contentType(ContentType.JSON)
                .body(rubric("Located", List.of(criterion(draft.competency("A"), List.of(descriptor("beginning"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = given().get(location).then().statusCode(200).extract().path("id");
        assertThat(location).endsWith("/api/v1/rubrics/" + id);
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void educatorReadsRubricsOfPublishedFrameworks() {
        given().get(rubricsOf(published.frameworkId()))
                .then()
                .statusCode(200)
                .body("id", contains(publishedRubric))
                .body("[0].criteria[0].levels.scaleLevel", contains("beginning", "proficient"))
                .body("[0].criteria[0].levels[1].feedback", equalTo("Well done"));
        given().get("/api/v1/rubrics/" + publishedRubric).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentSeesHowACompetencyIsJudged() {
        given().get("/api/v1/competencies/" + published.competency("B.1") + "/rubrics")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].rubricId", equalTo(publishedRubric))
                .body("[0].frameworkId", equalTo(published.frameworkId().toString()))
                .body("[0].levels.scaleLevel", contains("beginning", "proficient"))
                .body("[0].levels.description", contains("Starts", "Meets it"))
                .body("[0].levels.proficient", contains(false, true));
        given().get("/api/v1/competencies/" + published.competency("B") + "/rubrics")
                .then()
                .statusCode(200)
                .body("", empty());
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotCreateRubrics() {
        given().contentType(ContentType.JSON)
                .body(rubric("Nope", List.of(criterion(draft.competency("A"), List.of(descriptor("beginning"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rubricsOfDraftsAreInvisibleToNonAdmins() {
        given().get(rubricsOf(draft.frameworkId())).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/rubrics/" + draftRubric).then().statusCode(404);
        given().get("/api/v1/competencies/" + draft.competency("A.1") + "/rubrics")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "rubric-other-district"))
    void otherDistrictSeesNothing() {
        given().get(rubricsOf(published.frameworkId())).then().statusCode(404);
        given().get("/api/v1/rubrics/" + publishedRubric).then().statusCode(404);
        given().get("/api/v1/competencies/" + published.competency("B.1") + "/rubrics")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(rubric("Foreign", List.of(criterion(draft.competency("A"), List.of(descriptor("beginning"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesRubricsOnPublishedFrameworks() {
        given().contentType(ContentType.JSON)
                .body(rubric("Late", List.of(criterion(published.competency("B"), List.of(descriptor("beginning"))))))
                .post(rubricsOf(published.frameworkId()))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("drafts only"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsCompetencyOutsideTheFrameworkNamingIt() {
        UUID foreign = other.competency("C");
        given().contentType(ContentType.JSON)
                .body(rubric(
                        "Wrong competency",
                        List.of(
                                criterion(draft.competency("A"), List.of(descriptor("beginning"))),
                                criterion(foreign, List.of(descriptor("beginning"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("criteria[1].competencyId"))
                .body("errors[0].message", containsString(foreign.toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsLevelsOutsideTheScaleAndDuplicateDescriptors() {
        given().contentType(ContentType.JSON)
                .body(rubric(
                        "Wrong levels",
                        List.of(criterion(
                                draft.competency("A"),
                                List.of(descriptor("beginning"), descriptor("expert"), descriptor("beginning"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        containsInAnyOrder("criteria[0].levels[1].scaleLevel", "criteria[0].levels[2].scaleLevel"))
                .body("errors.message", hasItem(containsString("expert")))
                .body("errors.message", hasItem(containsString("duplicates criteria[0].levels[0].scaleLevel")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsMissingFieldsListingThem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("criteria", List.of(Map.of("levels", List.of(Map.of("scaleLevel", "beginning"))))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        containsInAnyOrder("title", "criteria[0].competencyId", "criteria[0].levels[0].description"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Bad id", "criteria", List.of(Map.of("competencyId", "not-a-uuid"))))
                .post(rubricsOf(draft.frameworkId()))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(endsWith("competencyId")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void answersNotFoundForUnknownFrameworkRubricAndCompetency() {
        given().get(rubricsOf(UUID.randomUUID())).then().statusCode(404);
        given().get("/api/v1/rubrics/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/competencies/" + UUID.randomUUID() + "/rubrics")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(rubric("Nowhere", List.of(criterion(draft.competency("A"), List.of(descriptor("beginning"))))))
                .post(rubricsOf(UUID.randomUUID()))
                .then()
                .statusCode(404);
    }

    @Test
    void forFrameworkLoadsCriteriaAndDescriptorsForTheSnapshot() throws Throwable {
        List<Rubric> rubrics =
                VertxContextSupport.subscribeAndAwait(() -> service.forFramework(published.frameworkId()));

        // read outside the session: everything the snapshot needs must already be loaded
        assertThat(rubrics).hasSize(1);
        assertThat(rubrics.get(0).criteria).hasSize(1);
        assertThat(rubrics.get(0).criteria.get(0).competencyId).isEqualTo(published.competency("B.1"));
        assertThat(rubrics.get(0).criteria.get(0).levels)
                .extracting(l -> l.scaleLevel)
                .containsExactlyInAnyOrder("beginning", "proficient");
    }
}
