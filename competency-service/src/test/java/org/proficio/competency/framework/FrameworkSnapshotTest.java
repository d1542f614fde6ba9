package org.proficio.competency.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TopicReader;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;

/**
 * The FrameworkPublished snapshot carries everything downstream needs: the scale the framework chose, its
 * prerequisites (also across frameworks), rubrics, learning resources and the courses that count its competencies.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = "snapshot-test"))
class FrameworkSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonPath post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> level(String code, int score, boolean proficient) {
        return Map.of("code", code, "label", code.toUpperCase(), "score", score, "proficient", proficient);
    }

    @Test
    void snapshotCarriesScalePrerequisitesRubricsResourcesAndCourses() throws Exception {
        String scaleId = post(
                        "/api/v1/scales",
                        Map.of(
                                "name",
                                "Three steps " + java.util.UUID.randomUUID(),
                                "levels",
                                List.of(
                                        level("emerging", 1, false),
                                        level("meets", 2, true),
                                        level("exceeds", 3, true))))
                .getString("id");

        String basicsId = post(
                        "/api/v1/frameworks",
                        Map.of(
                                "title",
                                "Basics",
                                "competencies",
                                List.of(Map.of("code", "B.1", "statement", "Count."))))
                .getString("id");
        String basicsB1 =
                given().get("/api/v1/frameworks/" + basicsId).jsonPath().getString("competencies[0].id");
        given().post("/api/v1/frameworks/" + basicsId + "/publish").then().statusCode(200);

        JsonPath ratios = post(
                "/api/v1/frameworks",
                Map.of(
                        "title",
                        "Ratios",
                        "scaleId",
                        scaleId,
                        "competencies",
                        List.of(
                                Map.of("code", "R.1", "statement", "Ratio language."),
                                Map.of("code", "R.2", "statement", "Unit rates."))));
        String id = ratios.getString("id");
        String r1 = ratios.getString("competencies[0].id");
        String r2 = ratios.getString("competencies[1].id");
        given().get("/api/v1/frameworks/" + id)
                .then()
                .body("scale.code", contains("emerging", "meets", "exceeds"))
                .body("scale.proficient", contains(false, true, true));

        // R.1 before R.2 (same framework), B.1 before R.1 (another framework)
        post("/api/v1/competencies/" + r2 + "/prerequisites", Map.of("prerequisiteId", r1));
        post("/api/v1/competencies/" + r1 + "/prerequisites", Map.of("prerequisiteId", basicsB1));
        post(
                "/api/v1/frameworks/" + id + "/rubrics",
                Map.of(
                        "title",
                        "Ratio reasoning",
                        "criteria",
                        List.of(Map.of(
                                "competencyId",
                                r1,
                                "levels",
                                List.of(
                                        Map.of("scaleLevel", "emerging", "description", "Names one quantity."),
                                        Map.of("scaleLevel", "meets", "description", "Relates both quantities."))))));
        post(
                "/api/v1/competencies/" + r2 + "/resources",
                Map.of(
                        "title",
                        "Unit rates video",
                        "link",
                        "https://example.org/unit-rates",
                        "modality",
                        "VIDEO",
                        "expectedMinutes",
                        12));
        post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "MATH6-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "title",
                        "Grade 6 mathematics",
                        "credits",
                        1,
                        "competencyIds",
                        List.of(r1, r2)));

        given().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);

        String value = new TopicReader(KafkaTestResource.bootstrapServers())
                .awaitRecords(
                        Topics.COMPETENCY,
                        r -> id.equals(r.headers().get("ce_subject"))
                                && EventTypes.FRAMEWORK_PUBLISHED.equals(
                                        r.headers().get("ce_type")),
                        Duration.ofSeconds(20))
                .get(0)
                .value();
        EventSchemas.assertValid(EventTypes.FRAMEWORK_PUBLISHED, value);
        JsonNode snapshot = JSON.readTree(value);

        assertThat(snapshot.at("/scale/levels/1/code").asText()).isEqualTo("meets");
        assertThat(snapshot.get("prerequisites").findValuesAsText("prerequisiteId"))
                .containsExactlyInAnyOrder(r1, basicsB1);
        assertThat(snapshot.at("/rubrics/0/criteria/0/competencyId").asText()).isEqualTo(r1);
        assertThat(snapshot.at("/rubrics/0/criteria/0/levels").findValuesAsText("scaleLevel"))
                .containsExactly("emerging", "meets");
        assertThat(snapshot.at("/resources/0/competencyId").asText()).isEqualTo(r2);
        assertThat(snapshot.at("/resources/0/url").asText()).isEqualTo("https://example.org/unit-rates");
        assertThat(JSON.convertValue(snapshot.at("/courses/0/competencyIds"), List.class))
                .containsExactlyInAnyOrder(r1, r2);

        // The next version carries the rubric over, its criterion on the next version's copy of R.1.
        JsonPath next = post("/api/v1/frameworks/" + id + "/versions", Map.of());
        String nextR1 = next.getString("competencies.find { it.code == 'R.1' }.id");
        assertThat(nextR1).isNotEqualTo(r1);
        given().get("/api/v1/frameworks/" + next.getString("id") + "/rubrics")
                .then()
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.hasItem("Ratio reasoning"))
                .body("criteria.flatten().competencyId", contains(nextR1));
    }

    @Test
    void anUnknownScaleIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "No such scale",
                        "scaleId",
                        java.util.UUID.randomUUID().toString(),
                        "competencies",
                        List.of(Map.of("code", "X", "statement", "X."))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }
}
