package org.proficio.competency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** The OpenAPI document describes every operation of scales, rubrics, resources, courses and pathways. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CatalogApiDocumentationTest {

    private static final Map<String, List<String>> OPERATIONS = Map.of(
            "/api/v1/scales", List.of("get", "post"),
            "/api/v1/scales/{id}", List.of("get"),
            "/api/v1/frameworks/{frameworkId}/rubrics", List.of("get", "post"),
            "/api/v1/rubrics/{rubricId}", List.of("get"),
            "/api/v1/competencies/{competencyId}/rubrics", List.of("get"),
            "/api/v1/competencies/{competencyId}/resources", List.of("get", "post"),
            "/api/v1/resources/{resourceId}", List.of("get", "put", "delete"),
            "/api/v1/courses", List.of("get", "post"),
            "/api/v1/courses/{id}", List.of("get", "put", "delete"),
            "/api/v1/pathways", List.of("get", "post"));

    @Test
    void documentsEveryOperationWithSummaryResponsesAndTheRolesThatMayCallIt() {
        JsonPath openapi = given().accept(ContentType.JSON)
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        OPERATIONS.forEach((path, methods) -> {
            assertThat(paths).as(path).containsKey(path);
            for (String method : methods) {
                Map<String, Object> operation = paths.get(path).get(method);
                assertThat(operation).as(method + " " + path).containsKeys("summary", "responses", "security");
                assertThat(operation.get("security").toString())
                        .as(method + " " + path)
                        .contains("keycloak=[", "district-admin");
            }
        });
        assertThat(openapi.getList("paths.'/api/v1/courses'.post.security[0].keycloak", String.class))
                .containsExactly("district-admin");
        assertThat(openapi.getList("paths.'/api/v1/courses'.get.security[0].keycloak", String.class))
                .containsExactlyInAnyOrder("district-admin", "educator", "student", "guardian", "integration");
        assertThat(paths.get("/api/v1/pathways/{id}")).containsKeys("get", "put", "delete");
        assertThat(paths.get("/api/v1/courses/{id}").get("put").toString()).contains("412", "If-Match");
        Map<String, Object> schemas = openapi.getMap("components.schemas");
        for (String schema : List.of("NewScale", "NewRubric", "LearningResourceInput", "CourseInput", "PathwayInput")) {
            assertThat(schemas).as(schema).containsKey(schema);
            assertThat(schemas.get(schema).toString()).as(schema).contains("examples");
        }
    }
}
