package org.proficio.competency.course;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.util.Arrays;
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
import org.proficio.competency.framework.Framework;
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
class CourseResourceTest {

    private static final String COURSES = "/api/v1/courses";
    private static final String DISTRICT = "course-test";

    @Inject
    CourseService service;

    static Catalog published;
    static Catalog draft;
    static Catalog retired;
    /** A course on published M.1 and draft X.1, created once through the service. */
    static UUID mixed;

    static Map<String, Object> course(String code, UUID... competencies) {
        return new HashMap<>(Map.of(
                "code",
                code,
                "title",
                "Course " + code,
                "credits",
                1.5,
                "description",
                "About " + code,
                "competencyIds",
                List.of(competencies).stream().map(UUID::toString).toList()));
    }

    static TopicRecord awaitEvent(String courseId, Predicate<TopicRecord> match) {
        return new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(
                        Topics.COMPETENCY,
                        r -> courseId.equals(r.headers().get("ce_subject")) && match.test(r),
                        Duration.ofSeconds(30))
                .get(0);
    }

    @BeforeEach
    void createOnce() throws Throwable {
        if (published != null) {
            return;
        }
        published = CatalogFixture.framework(DISTRICT, Framework.Status.PUBLISHED, "M", "M.1", "M.2");
        draft = CatalogFixture.framework(DISTRICT, Framework.Status.DRAFT, "X.1");
        retired = CatalogFixture.framework(DISTRICT, Framework.Status.RETIRED, "Z.1");
        CourseInput input = new CourseInput(
                "MIXED", "Mixed", BigDecimal.ONE, null, List.of(published.competency("M.1"), draft.competency("X.1")));
        mixed = VertxContextSupport.subscribeAndAwait(() -> service.create(DISTRICT, input))
                .id();
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void createsCourseAndEmitsCourseDefined() {
        String id = given().contentType(ContentType.JSON)
                .body(course("MATH-6", published.competency("M.2"), published.competency("M.1")))
                .post(COURSES)
                .then()
                .statusCode(201)
                .header("Location", containsString(COURSES + "/"))
                .header("ETag", "\"0\"")
                .body("code", equalTo("MATH-6"))
                .body("credits", equalTo(1.5f))
                .body("competencies.code", contains("M.1", "M.2"))
                .body(
                        "competencies.frameworkId",
                        hasItem(published.frameworkId().toString()))
                .extract()
                .path("id");

        TopicRecord record = awaitEvent(id, r -> true);
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.headers())
                .containsEntry("ce_type", EventTypes.COURSE_DEFINED)
                .containsEntry("ce_source", "/proficio/competency")
                .containsEntry("ce_district", DISTRICT);
        EventSchemas.assertValid(EventTypes.COURSE_DEFINED, record.value());
        assertThat(record.value())
                .contains("\"MATH-6\"")
                .contains(published.competency("M.1").toString())
                .contains(published.competency("M.2").toString())
                .contains("\"revision\":0");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void replacesWithIfMatchEmittingTheNewDefinitionAndRefusesStaleETag() {
        String id = given().contentType(ContentType.JSON)
                .body(course("SCI-6", published.competency("M")))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> changed = course("SCI-6A", published.competency("M.2"));
        changed.put("credits", 0.5);

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .put(COURSES + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("code", equalTo("SCI-6A"))
                .body("competencies.code", contains("M.2"));

        TopicRecord record = awaitEvent(id, r -> r.value().contains("\"revision\":1"));
        EventSchemas.assertValid(EventTypes.COURSE_DEFINED, record.value());
        assertThat(record.value())
                .contains("\"SCI-6A\"")
                .contains("0.5")
                .doesNotContain(published.competency("M").toString());

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(course("SCI-LOST", published.competency("M")))
                .put(COURSES + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().get(COURSES + "/" + id).then().header("ETag", "\"1\"").body("code", equalTo("SCI-6A"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsUnknownRetiredAndRepeatedCompetenciesNamingThemWithoutWriting() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(course(
                        "BAD-1",
                        published.competency("M"),
                        unknown,
                        retired.competency("Z.1"),
                        published.competency("M")))
                .post(COURSES)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("competencyIds[1]", "competencyIds[2]", "competencyIds[3]"))
                .body("errors[0].message", containsString(unknown.toString()))
                .body(
                        "errors[1].message",
                        containsString(retired.competency("Z.1").toString()))
                .body("errors[2].message", containsString("duplicates competencyIds[0]"));

        given().queryParam("limit", 500).get(COURSES).then().body("items.code", not(hasItem("BAD-1")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void rejectsMissingAndInvalidFieldsListingThem() {
        Map<String, Object> bad = course(" ");
        bad.put("credits", 0);
        bad.remove("title");
        given().contentType(ContentType.JSON)
                .body(bad)
                .post(COURSES)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "title", "credits", "competencyIds"));
        Map<String, Object> nullId = course("NULL-ID");
        nullId.put("competencyIds", Arrays.asList(published.competency("M").toString(), null));
        given().contentType(ContentType.JSON)
                .body(nullId)
                .post(COURSES)
                .then()
                .statusCode(400)
                .body("errors.field", contains("competencyIds[1]"));
        Map<String, Object> tooPrecise = course("PRECISE", published.competency("M"));
        tooPrecise.put("credits", 1.125);
        given().contentType(ContentType.JSON)
                .body(tooPrecise)
                .post(COURSES)
                .then()
                .statusCode(400)
                .body("errors.field", contains("credits"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesACodeTheDistrictAlreadyUses() {
        given().contentType(ContentType.JSON)
                .body(course("mixed", published.competency("M")))
                .post(COURSES)
                .then()
                .statusCode(409)
                .body("errors.field", contains("code"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void nonAdminsSeeCoursesWithoutCompetenciesOfDrafts() {
        given().get(COURSES + "/" + mixed)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("competencies.id", contains(published.competency("M.1").toString()));
        given().queryParam("limit", 500)
                .get(COURSES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mixed.toString()))
                .body(
                        "items.competencies.flatten().id",
                        not(hasItem(draft.competency("X.1").toString())));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void adminSeesCompetenciesOfDrafts() {
        given().get(COURSES + "/" + mixed)
                .then()
                .statusCode(200)
                .body(
                        "competencies.id",
                        containsInAnyOrder(
                                published.competency("M.1").toString(),
                                draft.competency("X.1").toString()));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentReadsCoursesButMayNotWriteThem() {
        given().get(COURSES + "/" + mixed).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(course("MINE", published.competency("M")))
                .post(COURSES)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(course("MINE", published.competency("M")))
                .put(COURSES + "/" + mixed)
                .then()
                .statusCode(403);
        given().delete(COURSES + "/" + mixed).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "course-other-district"))
    void otherDistrictSeesAndChangesNothing() {
        given().get(COURSES + "/" + mixed).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(course("MIXED", published.competency("M")))
                .put(COURSES + "/" + mixed)
                .then()
                .statusCode(404);
        given().delete(COURSES + "/" + mixed).then().statusCode(404);
        given().get(COURSES).then().statusCode(200).body("items.size()", equalTo(0));
        // another district's competencies are unknown here
        given().contentType(ContentType.JSON)
                .body(course("THEIRS", published.competency("M")))
                .post(COURSES)
                .then()
                .statusCode(422)
                .body("errors.field", contains("competencyIds[0]"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void removesWithIfMatch() {
        String id = given().contentType(ContentType.JSON)
                .body(course("GONE", published.competency("M")))
                .post(COURSES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"7\"").delete(COURSES + "/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete(COURSES + "/" + id).then().statusCode(204);
        given().get(COURSES + "/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "course-paging"))
    void pagesThroughCourses() throws Throwable {
        Catalog catalog = CatalogFixture.framework("course-paging", Framework.Status.PUBLISHED, "P");
        for (String code : List.of("A", "B", "C")) {
            given().contentType(ContentType.JSON)
                    .body(course(code, catalog.competency("P")))
                    .post(COURSES)
                    .then()
                    .statusCode(201);
        }
        String next = given().queryParam("limit", 2)
                .get(COURSES)
                .then()
                .statusCode(200)
                .body("items.code", contains("A", "B"))
                .body("items[0].competencies.code", contains("P"))
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(COURSES)
                .then()
                .body("items.code", contains("C"))
                .body("nextCursor", nullValue());
    }

    @Test
    void withCompetenciesOfGivesTheFrameworksCoursesWithAllTheirCompetencies() throws Throwable {
        List<Course> ofDraft =
                VertxContextSupport.subscribeAndAwait(() -> service.withCompetenciesOf(draft.frameworkId()));

        assertThat(ofDraft).extracting(c -> c.id).containsExactly(mixed);
        assertThat(ofDraft.get(0).competencyIds)
                .containsExactlyInAnyOrder(published.competency("M.1"), draft.competency("X.1"));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> service.withCompetenciesOf(retired.frameworkId())))
                .isEmpty();
    }
}
