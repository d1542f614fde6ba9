package org.proficio.competency.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
class FrameworkResourceTest {

    private static final String FRAMEWORKS = "/api/v1/frameworks";

    static Map<String, Object> framework(String title, List<Map<String, Object>> competencies) {
        return Map.of("title", title, "subject", "Mathematics", "competencies", competencies);
    }

    static Map<String, Object> competency(String code, String parentCode) {
        return parentCode == null
                ? Map.of("code", code, "statement", "Statement of " + code)
                : Map.of("code", code, "statement", "Statement of " + code, "parentCode", parentCode);
    }

    static final List<Map<String, Object>> RATIOS =
            List.of(competency("6.RP.A", null), competency("6.RP.A.1", "6.RP.A"), competency("6.RP.A.2", "6.RP.A"));

    private static String createDraft(String title) {
        return given().contentType(ContentType.JSON)
                .body(framework(title, RATIOS))
                .post(FRAMEWORKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void createsDraftWithTreeAndDefaultScale() {
        String id = given().contentType(ContentType.JSON)
                .body(framework("Ratios", RATIOS))
                .post(FRAMEWORKS)
                .then()
                .statusCode(201)
                .header("Location", containsString(FRAMEWORKS + "/"))
                .body("status", equalTo("DRAFT"))
                .body("competencies.code", contains("6.RP.A", "6.RP.A.1", "6.RP.A.2"))
                .body("scale.code", contains("beginning", "developing", "proficient", "advanced"))
                .body("scale.proficient", contains(false, false, true, true))
                .extract()
                .path("id");

        List<String> parents = given().get(FRAMEWORKS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .extract()
                .path("competencies.parentId");
        String root = given().get(FRAMEWORKS + "/" + id).then().extract().path("competencies[0].id");
        assertThat(parents).containsExactly(null, root, root);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void publishingWritesFrameworkPublishedSnapshotToKafka() {
        String id = createDraft("Published ratios");

        given().post(FRAMEWORKS + "/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));

        TopicRecord record = new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(Topics.COMPETENCY, r -> id.equals(r.headers().get("ce_subject")), Duration.ofSeconds(20))
                .get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.headers())
                .containsEntry("ce_type", EventTypes.FRAMEWORK_PUBLISHED)
                .containsEntry("ce_source", "/proficio/competency")
                .containsEntry("ce_district", "demo")
                .containsEntry("ce_specversion", "1.0")
                .containsKey("ce_id")
                .containsKey("ce_time");
        EventSchemas.assertValid(EventTypes.FRAMEWORK_PUBLISHED, record.value());
        assertThat(record.value()).contains("\"6.RP.A.1\"").contains("\"proficient\"");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesToPublishTwice() {
        String id = createDraft("Twice");
        given().post(FRAMEWORKS + "/" + id + "/publish").then().statusCode(200);

        given().post(FRAMEWORKS + "/" + id + "/publish")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("only a draft"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void refusesPublishWithStaleIfMatch() {
        String id = createDraft("Stale");
        given().header("If-Match", "\"41\"")
                .post(FRAMEWORKS + "/" + id + "/publish")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsMissingFieldsListingThem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "Mathematics", "competencies", List.of(Map.of("statement", "no code"))))
                .post(FRAMEWORKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("competencies[0].code"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsDuplicateCodesAndUnknownParents() {
        given().contentType(ContentType.JSON)
                .body(framework(
                        "Bad tree", List.of(competency("A", null), competency("A", null), competency("B", "Z"))))
                .post(FRAMEWORKS)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("competencies[1].code", "competencies[2].parentCode"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsParentCycleNamingIt() {
        given().contentType(ContentType.JSON)
                .body(framework("Cycle", List.of(competency("A", "B"), competency("B", "A"))))
                .post(FRAMEWORKS)
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("A -> B -> A"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsMalformedJsonAndWrongTypes() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", ")
                .post(FRAMEWORKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"competencies\": \"not a list\"}")
                .post(FRAMEWORKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void rejectsOversizedValues() {
        given().contentType(ContentType.JSON)
                .body(framework("x".repeat(301), RATIOS))
                .post(FRAMEWORKS)
                .then()
                .statusCode(400)
                .body("errors.field", contains("title"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "demo"))
    void answersProblemForUnknownFrameworkAndBadCursor() {
        given().get(FRAMEWORKS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get(FRAMEWORKS + "/not-a-uuid").then().statusCode(404);
        given().queryParam("cursor", "garbage")
                .get(FRAMEWORKS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 501).get(FRAMEWORKS).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "paging-district"))
    void pagesThroughFrameworksWithCursor() {
        for (int i = 0; i < 3; i++) {
            createDraft("Paged " + i);
        }
        String next = given().queryParam("limit", 2)
                .get(FRAMEWORKS)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.title", contains("Paged 0", "Paged 1"))
                .extract()
                .path("nextCursor");
        given().queryParam("limit", 2)
                .queryParam("cursor", next)
                .get(FRAMEWORKS)
                .then()
                .statusCode(200)
                .body("items.title", contains("Paged 2"))
                .body("nextCursor", equalTo(null));
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = "demo"), @Claim(key = "learner_id", value = "s-0001")})
    void studentMayNotCreateFrameworks() {
        given().contentType(ContentType.JSON)
                .body(framework("Nope", RATIOS))
                .post(FRAMEWORKS)
                .then()
                .statusCode(403);
    }

    @Test
    void refusesCallsWithoutToken() {
        given().get(FRAMEWORKS).then().statusCode(401);
    }
}
