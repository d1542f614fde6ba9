package org.proficio.competency.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.devstack.TopicRecord;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/** DRAFT -> PUBLISHED -> RETIRED, drafts replaced in place, and new versions that supersede published ones. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = "lifecycle-test"))
class FrameworkLifecycleTest {

    private static final String FRAMEWORKS = "/api/v1/frameworks";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> competency(String code, String parent, String kind) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("statement", "Statement of " + code);
        c.put("abbreviatedStatement", "Short " + code);
        c.put("kind", kind);
        c.put("itemType", parent == null ? "Domain" : "Learning Target");
        c.put("educationLevels", List.of("06"));
        c.put("keywords", List.of("ratio"));
        if (parent != null) {
            c.put("parentCode", parent);
        }
        return c;
    }

    private static Map<String, Object> framework(String title, List<Map<String, Object>> competencies) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("subjects", List.of("Mathematics", "STEM"));
        f.put("educationLevels", List.of("06", "07"));
        f.put("description", "Ratios, rates and proportional reasoning.");
        f.put("licence", "CC BY 4.0");
        f.put("sourceUri", "https://example.org/standards/ratios");
        f.put("competencies", competencies);
        return f;
    }

    private static final List<Map<String, Object>> TREE = List.of(
            competency("RP", null, "ACADEMIC"),
            competency("RP.1", "RP", "ACADEMIC"),
            competency("RP.2", "RP", "SKILL"),
            competency("HW", null, "DISPOSITION"));

    private static ExtractableResponse<Response> create(String title) {
        return given().contentType(ContentType.JSON)
                .body(framework(title, TREE))
                .post(FRAMEWORKS)
                .then()
                .statusCode(201)
                .extract();
    }

    @Test
    void keepsDescriptionKindsLevelsAndKeywords() {
        String id = create("Described").path("id");
        given().get(FRAMEWORKS + "/" + id)
                .then()
                .statusCode(200)
                .body("identifier", equalTo(id))
                .body("subject", equalTo("Mathematics"))
                .body("subjects", contains("Mathematics", "STEM"))
                .body("educationLevels", contains("06", "07"))
                .body("licence", equalTo("CC BY 4.0"))
                .body("origin", equalTo("API"))
                .body("competencies.kind", contains("ACADEMIC", "ACADEMIC", "SKILL", "DISPOSITION"))
                .body("competencies[1].abbreviatedStatement", equalTo("Short RP.1"))
                .body("competencies[1].itemType", equalTo("Learning Target"))
                .body("competencies[1].educationLevels", contains("06"))
                .body("competencies[1].keywords", contains("ratio"));
    }

    @Test
    void replacingADraftKeepsTheIdsOfCompetenciesThatStay() {
        ExtractableResponse<Response> created = create("Replaced");
        String id = created.path("id");
        String rp1 = created.path("competencies[1].id");
        String etag = created.header("ETag");

        List<Map<String, Object>> changed = List.of(
                competency("RP", null, "ACADEMIC"),
                competency("RP.1", "RP", "ACADEMIC"),
                competency("RP.3", "RP", "SKILL"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(framework("Replaced, second draft", changed))
                .put(FRAMEWORKS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("title", equalTo("Replaced, second draft"))
                .body("competencies.code", contains("RP", "RP.1", "RP.3"))
                .body("competencies[1].id", equalTo(rp1));

        // the stale ETag no longer matches
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(framework("Lost update", changed))
                .put(FRAMEWORKS + "/" + id)
                .then()
                .statusCode(412);
        given().get(FRAMEWORKS + "/" + id).then().body("title", equalTo("Replaced, second draft"));
    }

    @Test
    void publishedFrameworksAreImmutable() {
        String id = create("Immutable").path("id");
        given().post(FRAMEWORKS + "/" + id + "/publish").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(framework("Changed after publication", TREE))
                .put(FRAMEWORKS + "/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("/versions"));
    }

    @Test
    void aNewVersionSupersedesThePublishedOneWhenPublished() throws Exception {
        ExtractableResponse<Response> first = create("Versioned");
        String v1 = first.path("id");
        given().post(FRAMEWORKS + "/" + v1 + "/publish").then().statusCode(200);

        ExtractableResponse<Response> draft = given().post(FRAMEWORKS + "/" + v1 + "/versions")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo("1.1"))
                .body("supersedesId", equalTo(v1))
                .body("identifier", equalTo(v1))
                .body("competencies.identifier", equalTo(first.path("competencies.identifier")))
                .extract();
        String v2 = draft.path("id");
        assertThat((List<String>) draft.path("competencies.id"))
                .doesNotContainAnyElementsOf(first.path("competencies.id"));

        // one draft per framework at a time
        given().post(FRAMEWORKS + "/" + v1 + "/versions").then().statusCode(409);
        // the old version is untouched while the new one is a draft
        given().get(FRAMEWORKS + "/" + v1).then().body("status", equalTo("PUBLISHED"));

        given().post(FRAMEWORKS + "/" + v2 + "/publish").then().statusCode(200);
        given().get(FRAMEWORKS + "/" + v1)
                .then()
                .body("status", equalTo("RETIRED"))
                .body("retiredAt", not(nullValue()));

        TopicRecord retired = new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(
                        Topics.COMPETENCY,
                        r -> v1.equals(r.headers().get("ce_subject"))
                                && EventTypes.FRAMEWORK_RETIRED.equals(
                                        r.headers().get("ce_type")),
                        Duration.ofSeconds(20))
                .get(0);
        EventSchemas.assertValid(EventTypes.FRAMEWORK_RETIRED, retired.value());
        assertThat(JSON.readTree(retired.value()).get("supersededBy").asText()).isEqualTo(v2);

        TopicRecord published = new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(
                        Topics.COMPETENCY,
                        r -> v2.equals(r.headers().get("ce_subject"))
                                && EventTypes.FRAMEWORK_PUBLISHED.equals(
                                        r.headers().get("ce_type")),
                        Duration.ofSeconds(20))
                .get(0);
        EventSchemas.assertValid(EventTypes.FRAMEWORK_PUBLISHED, published.value());
        JsonNode snapshot = JSON.readTree(published.value());
        assertThat(snapshot.get("supersedes").asText()).isEqualTo(v1);
        assertThat(snapshot.get("identifier").asText()).isEqualTo(v1);
        assertThat(snapshot.get("competencies").get(2).get("kind").asText()).isEqualTo("SKILL");
        assertThat(snapshot.get("competencies").get(2).get("identifier").asText())
                .isEqualTo((String) first.path("competencies[2].identifier"));
    }

    @Test
    void retiringEmitsFrameworkRetired() {
        String id = create("Retired").path("id");
        given().post(FRAMEWORKS + "/" + id + "/retire").then().statusCode(409); // a draft is not retired
        given().post(FRAMEWORKS + "/" + id + "/publish").then().statusCode(200);
        given().post(FRAMEWORKS + "/" + id + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        given().post(FRAMEWORKS + "/" + id + "/retire").then().statusCode(409);

        TopicRecord retired = new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(
                        Topics.COMPETENCY,
                        r -> id.equals(r.headers().get("ce_subject"))
                                && EventTypes.FRAMEWORK_RETIRED.equals(
                                        r.headers().get("ce_type")),
                        Duration.ofSeconds(20))
                .get(0);
        EventSchemas.assertValid(EventTypes.FRAMEWORK_RETIRED, retired.value());
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    void educatorsCannotChangeFrameworks() {
        given().contentType(ContentType.JSON)
                .body(framework("Not mine", TREE))
                .put(FRAMEWORKS + "/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(403);
        given().post(FRAMEWORKS + "/" + java.util.UUID.randomUUID() + "/versions")
                .then()
                .statusCode(403);
        given().post(FRAMEWORKS + "/" + java.util.UUID.randomUUID() + "/retire")
                .then()
                .statusCode(403);
    }
}
