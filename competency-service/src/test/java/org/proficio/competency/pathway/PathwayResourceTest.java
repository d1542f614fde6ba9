package org.proficio.competency.pathway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.CatalogFixture;
import org.proficio.competency.CatalogFixture.Catalog;
import org.proficio.competency.course.CourseRequests.CourseInput;
import org.proficio.competency.course.CourseService;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.pathway.PathwayRequests.PathwayInput;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class PathwayResourceTest {

    private static final String PATHWAYS = "/api/v1/pathways";
    private static final String DISTRICT = "pathway-test";

    @Inject
    CourseService courses;

    @Inject
    PathwayService service;

    static Catalog published;
    static Catalog draft;
    static UUID algebra;
    static UUID english;
    /** A pathway requiring published P.1 and draft Q.1, created once through the service. */
    static UUID mixed;

    static Map<String, Object> pathway(String name, List<String> courses, Number minCredits, UUID... competencies) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("diploma", "Standard Diploma");
        body.put("requiredCourses", courses);
        body.put("minCredits", minCredits);
        body.put(
                "requiredCompetencyIds",
                List.of(competencies).stream().map(UUID::toString).toList());
        return body;
    }

    static TopicRecord awaitEvent(String pathwayId, Predicate<TopicRecord> match) {
        return new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(
                        Topics.COMPETENCY,
                        r -> pathwayId.equals(r.headers().get("ce_subject")) && match.test(r),
                        Duration.ofSeconds(30))
                .get(0);
    }

    private UUID course(String code, BigDecimal credits, UUID competency) throws Throwable {
        CourseInput input = new CourseInput(code, "Course " + code, credits, null, List.of(competency));
        return VertxContextSupport.subscribeAndAwait(() -> courses.create(DISTRICT, input))
                .id();
    }

    @BeforeEach
    void createOnce() throws Throwable {
        if (published != null) {
            return;
        }
        published = CatalogFixture.framework(DISTRICT, Framework.Status.PUBLISHED, "P.1", "P.2");
        draft = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "Q.1");
        algebra = course("ALG-1", BigDecimal.ONE, published.competency("P.1"));
        english = course("ENG-9", BigDecimal.valueOf(2), published.competency("P.2"));
        PathwayInput input = new PathwayInput(
                "Mixed",
                "Standard Diploma",
                null,
                null,
                null,
                List.of(published.competency("P.1"), draft.competency("Q.1")));
        mixed = VertxContextSupport.subscribeAndAwait(() -> service.create(DISTRICT, input))
                .id();
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void createsPathwayNamingCoursesByCodeOrIdAndEmitsPathwayDefined() {
        String id = given().contentType(ContentType.JSON)
                .body(pathway("STEM", List.of("alg-1", english.toString()), 22, published.competency("P.2")))
                .post(PATHWAYS)
                .then()
                .statusCode(201)
                .header("Location", containsString(PATHWAYS + "/"))
                .header("ETag", "\"0\"")
                .body("diploma", equalTo("Standard Diploma"))
                .body("minCredits", equalTo(22))
                .body("requiredCourses.code", contains("ALG-1", "ENG-9"))
                .body("requiredCourses.credits", contains(1.0f, 2.0f))
                .body("requiredCompetencies.code", contains("P.2"))
                .extract()
                .path("id");

        TopicRecord record = awaitEvent(id, r -> true);
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.headers())
                .containsEntry("ce_type", EventTypes.PATHWAY_DEFINED)
                .containsEntry("ce_district", DISTRICT);
        EventSchemas.assertValid(EventTypes.PATHWAY_DEFINED, record.value());
        assertThat(record.value())
                .contains(algebra.toString())
                .contains(english.toString())
                .contains(published.competency("P.2").toString())
                .contains("\"Standard Diploma\"");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void severalPathwaysMayLeadToTheSameDiploma() {
        String id = given().contentType(ContentType.JSON)
                .body(pathway("Credits only", List.of(), 24))
                .post(PATHWAYS)
                .then()
                .statusCode(201)
                .body("requiredCourses", empty())
                .body("requiredCompetencies", empty())
                .extract()
                .path("id");
        EventSchemas.assertValid(
                EventTypes.PATHWAY_DEFINED, awaitEvent(id, r -> true).value());

        given().queryParam("limit", 500)
                .get(PATHWAYS)
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Credits only"))
                .body("items.name", hasItem("Mixed"))
                .body("items.diploma", everyItem(equalTo("Standard Diploma")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsPathwayThatRequiresNothing() {
        given().contentType(ContentType.JSON)
                .body(pathway("Empty", List.of(), null))
                .post(PATHWAYS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("body"))
                .body("errors[0].message", containsString("requires something"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsUnknownAndRepeatedCoursesAndCompetenciesNamingThem() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(pathway("Bad refs", List.of("NOPE-1", "ALG-1", algebra.toString()), null, unknown))
                .post(PATHWAYS)
                .then()
                .statusCode(422)
                .body("errors.field", contains("requiredCourses[0]", "requiredCourses[2]", "requiredCompetencyIds[0]"))
                .body("errors[0].message", containsString("NOPE-1"))
                .body("errors[1].message", containsString("same course as requiredCourses[1]"))
                .body("errors[2].message", containsString(unknown.toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsMissingAndInvalidFieldsListingThem() {
        Map<String, Object> bad = pathway(" ", List.of(""), 0);
        bad.remove("diploma");
        given().contentType(ContentType.JSON)
                .body(bad)
                .post(PATHWAYS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "diploma", "minCredits", "requiredCourses[0]"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesANameTheDistrictAlreadyUses() {
        given().contentType(ContentType.JSON)
                .body(pathway("MIXED", List.of(), 1))
                .post(PATHWAYS)
                .then()
                .statusCode(409)
                .body("errors.field", contains("name"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void replacesWithIfMatchEmittingTheNewDefinitionAndRefusesStaleETag() {
        String id = given().contentType(ContentType.JSON)
                .body(pathway("Arts", List.of("ENG-9"), null))
                .post(PATHWAYS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(pathway("Arts and humanities", List.of("ENG-9", "ALG-1"), 20.5))
                .put(PATHWAYS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Arts and humanities"))
                .body("requiredCourses.code", contains("ALG-1", "ENG-9"));
        TopicRecord record = awaitEvent(id, r -> r.value().contains("\"revision\":1"));
        EventSchemas.assertValid(EventTypes.PATHWAY_DEFINED, record.value());
        assertThat(record.value()).contains("20.5").contains(algebra.toString());

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(pathway("Lost update", List.of("ENG-9"), null))
                .put(PATHWAYS + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().header("If-Match", "\"0\"").delete(PATHWAYS + "/" + id).then().statusCode(412);
        given().get(PATHWAYS + "/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void aRequiredCourseCannotBeRemovedUntilNoPathwayRequiresIt() throws Throwable {
        UUID physics = course("PHYS-1", BigDecimal.ONE, published.competency("P.1"));
        String id = given().contentType(ContentType.JSON)
                .body(pathway("Science", List.of("PHYS-1"), null))
                .post(PATHWAYS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().delete("/api/v1/courses/" + physics)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Science"));
        given().delete(PATHWAYS + "/" + id).then().statusCode(204);
        given().get(PATHWAYS + "/" + id).then().statusCode(404);
        given().delete("/api/v1/courses/" + physics).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void nonAdminsReadPathwaysWithoutCompetenciesOfDrafts() {
        given().get(PATHWAYS + "/" + mixed)
                .then()
                .statusCode(200)
                .body(
                        "requiredCompetencies.id",
                        contains(published.competency("P.1").toString()));
        given().contentType(ContentType.JSON)
                .body(pathway("Mine", List.of(), 1))
                .post(PATHWAYS)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(pathway("Mine", List.of(), 1))
                .put(PATHWAYS + "/" + mixed)
                .then()
                .statusCode(403);
        given().delete(PATHWAYS + "/" + mixed).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void adminSeesCompetenciesOfDrafts() {
        given().get(PATHWAYS + "/" + mixed)
                .then()
                .statusCode(200)
                .body(
                        "requiredCompetencies.id",
                        containsInAnyOrder(
                                published.competency("P.1").toString(),
                                draft.competency("Q.1").toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "pathway-other-district"))
    void otherDistrictSeesAndChangesNothing() {
        given().get(PATHWAYS + "/" + mixed).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(pathway("Mixed", List.of(), 1))
                .put(PATHWAYS + "/" + mixed)
                .then()
                .statusCode(404);
        given().delete(PATHWAYS + "/" + mixed).then().statusCode(404);
        given().get(PATHWAYS)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextCursor", nullValue());
        // another district's courses are unknown here, by code and by id
        given().contentType(ContentType.JSON)
                .body(pathway("Theirs", List.of("ALG-1", algebra.toString()), null))
                .post(PATHWAYS)
                .then()
                .statusCode(422)
                .body("errors.field", contains("requiredCourses[0]", "requiredCourses[1]"));
    }
}
