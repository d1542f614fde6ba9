package org.proficio.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.testsupport.StubUpstreams;
import org.proficio.gateway.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
class MergedOpenApiTest {

    @Test
    void mergesOpenApiOfAllServices() {
        JsonPath doc = mergedDocument();

        assertThat(doc.getMap("paths").keySet())
                .containsExactly(
                        "/api/v1/evidence",
                        "/api/v1/frameworks",
                        "/api/v1/interventions",
                        "/api/v1/learners/{learnerId}/evidence",
                        "/api/v1/learners/{learnerId}/interventions",
                        "/api/v1/learners/{learnerId}/progress");
        assertThat(doc.getList("tags.name")).containsExactly("Frameworks", "Evidence", "Progress", "Interventions");
        assertThat(doc.getList("x-proficio-missing-services")).isEmpty();
        assertThat(doc.getString("info.title")).isEqualTo("Proficio API");
    }

    @Test
    void prefixesClashingComponentsWithTheServiceAndRewritesTheirRefs() {
        JsonPath doc = mergedDocument();

        assertThat(doc.getMap("components.schemas").keySet())
                .contains("AssessmentProblem", "CompetencyProblem", "ProgressionProblem")
                .doesNotContain("Problem");
        assertThat(doc.getString("paths.'/api/v1/evidence'.get.responses.'400'.content.'application/problem+json'"
                        + ".schema.'$ref'"))
                .isEqualTo("#/components/schemas/AssessmentProblem");
        assertThat(doc.getString("paths.'/api/v1/frameworks'.get.responses.'400'.content.'application/problem+json'"
                        + ".schema.'$ref'"))
                .isEqualTo("#/components/schemas/CompetencyProblem");
    }

    @Test
    void keepsComponentsSharedUnchangedOnce() {
        JsonPath doc = mergedDocument();

        assertThat(doc.getMap("components.schemas.PageInfo")).isNotEmpty();
        assertThat(doc.<String, Object>getMap("components.schemas").keySet())
                .filteredOn(name -> name.endsWith("PageInfo"))
                .containsExactly("PageInfo");
    }

    @Test
    void requiresTheGatewaysKeycloakTokenEverywhere() {
        JsonPath doc = mergedDocument();

        assertThat(doc.getMap("components.securitySchemes").keySet()).containsExactlyInAnyOrder("bearer", "keycloak");
        assertThat(doc.getString("components.securitySchemes.keycloak.openIdConnectUrl"))
                .isEqualTo(TestTokens.ISSUER + "/.well-known/openid-configuration");
        assertThat(doc.getList("security")).containsExactly(Map.of("bearer", List.of()), Map.of("keycloak", List.of()));
        assertThat(doc.getString("paths.'/api/v1/frameworks'.get.security")).isNull();
    }

    @Test
    void prefixesOperationIdsUsedByTwoServices() {
        JsonPath doc = mergedDocument();

        assertThat(doc.getString("paths.'/api/v1/frameworks'.get.operationId")).isEqualTo("competency_list");
        assertThat(doc.getString("paths.'/api/v1/evidence'.get.operationId")).isEqualTo("assessment_list");
        assertThat(doc.getString("paths.'/api/v1/interventions'.get.operationId"))
                .isEqualTo("listInterventions");
    }

    @Test
    void servesYamlWhenAskedFor() {
        Response byQuery = given().queryParam("format", "yaml").get("/q/openapi");
        Response byAccept = given().accept("application/yaml").get("/q/openapi");

        for (Response response : new Response[] {byQuery, byAccept}) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/yaml");
            assertThat(response.asString()).startsWith("openapi: ").contains("/api/v1/frameworks:");
        }
    }

    @Test
    void servesSwaggerUiShowingTheMergedDocument() {
        String config =
                given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();

        assertThat(config).contains("url: '/q/openapi'").doesNotContain("/q/openapi-gateway");
    }

    private static JsonPath mergedDocument() {
        Response response = given().get("/q/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.jsonPath();
    }
}
