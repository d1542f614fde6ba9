package org.proficio.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.openapi.OpenApiMerger.DocumentInfo;
import org.proficio.gateway.openapi.ServiceDocument.Fetched;
import org.proficio.gateway.openapi.ServiceDocument.Missing;
import org.proficio.gateway.routing.RouteTable;
import org.proficio.gateway.routing.Upstream;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiMerger merger = new OpenApiMerger(
            new RouteTable(),
            new DocumentInfo("Proficio API", "1.0", "http://localhost:8180/realms/proficio/"),
            path -> path.startsWith("/api/v1/case/") ? 32 : 1);

    @Test
    void renamesComponentsThatOnlyDifferThroughWhatTheyReference() {
        // Both define an identical "Problem" that refers to their own, different "FieldError": after FieldError is
        // prefixed, the two Problems point at different schemas, so they must be prefixed too.
        ObjectNode competency = document("/api/v1/frameworks", """
                {"Problem": {"properties": {"errors": {"items": {"$ref": "#/components/schemas/FieldError"}}}},
                 "FieldError": {"properties": {"field": {"type": "string"}}}}
                """);
        ObjectNode assessment = document("/api/v1/evidence", """
                {"Problem": {"properties": {"errors": {"items": {"$ref": "#/components/schemas/FieldError"}}}},
                 "FieldError": {"properties": {"pointer": {"type": "string"}}}}
                """);

        JsonNode merged = merger.merge(
                List.of(fetched(Upstream.COMPETENCY, competency), fetched(Upstream.ASSESSMENT, assessment)));

        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(names(schemas))
                .containsExactlyInAnyOrder(
                        "CompetencyProblem", "CompetencyFieldError", "AssessmentProblem", "AssessmentFieldError");
        assertThat(schemas.at("/AssessmentProblem/properties/errors/items/$ref").asText())
                .isEqualTo("#/components/schemas/AssessmentFieldError");
        assertThat(merged.at("/paths/~1api~1v1~1evidence/get/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/AssessmentProblem");
    }

    @Test
    void rewritesDiscriminatorMappingsAndRefsIntoComponents() {
        ObjectNode competency = document("/api/v1/frameworks", """
                {"Problem": {"type": "object"},
                 "Node": {"oneOf": [{"$ref": "#/components/schemas/Problem"}],
                          "discriminator": {"propertyName": "kind", "mapping": {"p": "#/components/schemas/Problem"}},
                          "properties": {"t": {"$ref": "#/components/schemas/Problem/properties/title"}}}}
                """);
        ObjectNode support = document("/api/v1/interventions", "{\"Problem\": {\"type\": \"string\"}}");

        JsonNode merged =
                merger.merge(List.of(fetched(Upstream.COMPETENCY, competency), fetched(Upstream.SUPPORT, support)));

        JsonNode node = merged.at("/components/schemas/Node");
        assertThat(node.at("/oneOf/0/$ref").asText()).isEqualTo("#/components/schemas/CompetencyProblem");
        assertThat(node.at("/discriminator/mapping/p").asText()).isEqualTo("#/components/schemas/CompetencyProblem");
        assertThat(node.at("/properties/t/$ref").asText())
                .isEqualTo("#/components/schemas/CompetencyProblem/properties/title");
    }

    @Test
    void dependsOnlyOnTheDocumentsNotOnTheOrderTheyArrived() {
        List<ServiceDocument> outcomes = new ArrayList<>(List.of(
                fetched(Upstream.COMPETENCY, document("/api/v1/frameworks", "{\"A\": {\"type\": \"string\"}}")),
                fetched(Upstream.ASSESSMENT, document("/api/v1/evidence", "{\"A\": {\"type\": \"integer\"}}")),
                new Missing(Upstream.SUPPORT, "down")));
        JsonNode first = merger.merge(outcomes);
        Collections.reverse(outcomes);

        assertThat(merger.merge(outcomes)).isEqualTo(first);
    }

    @Test
    void listsMissingServicesAndStillAnswersWhenAllAreDown() {
        JsonNode merged = merger.merge(List.of(
                new Missing(Upstream.SUPPORT, "connection refused"), new Missing(Upstream.COMPETENCY, "timeout")));

        assertThat(merged.path(OpenApiMerger.MISSING_SERVICES))
                .extracting(JsonNode::asText)
                .containsExactly("competency-service", "support-service");
        assertThat(merged.path("paths").isEmpty()).isTrue();
        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void pointsTheSecuritySchemesAtTheIssuer() {
        JsonNode merged = merger.merge(List.of());

        assertThat(merged.at("/components/securitySchemes/keycloak/openIdConnectUrl")
                        .asText())
                .isEqualTo("http://localhost:8180/realms/proficio/.well-known/openid-configuration");
        assertThat(merged.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void keepsEachOperationsRolesUnderTheGatewaysScheme() throws Exception {
        ObjectNode competency = document("/api/v1/frameworks", "{}");
        ObjectNode get = (ObjectNode) competency.at("/paths/~1api~1v1~1frameworks/get");
        get.set("security", JSON.readTree("[{\"SecurityScheme\": [\"educator\", \"district-admin\"]}]"));
        ObjectNode support = document("/api/v1/interventions", "{}");

        JsonNode merged =
                merger.merge(List.of(fetched(Upstream.COMPETENCY, competency), fetched(Upstream.SUPPORT, support)));

        assertThat(merged.at("/paths/~1api~1v1~1frameworks/get/security"))
                .isEqualTo(JSON.readTree("[{\"bearer\": [\"district-admin\", \"educator\"]}]"));
        assertThat(merged.at("/paths/~1api~1v1~1interventions/get").has("security"))
                .isFalse();
    }

    @Test
    void namesTheRoutesBodyLimitOnEachRequestBody() throws Exception {
        ObjectNode competency = document("/api/v1/case/packages", "{}");
        ((ObjectNode) competency.at("/paths/~1api~1v1~1case~1packages"))
                .set("post", JSON.readTree("{\"requestBody\": {\"content\": {}}, \"responses\": {}}"));

        JsonNode merged = merger.merge(List.of(fetched(Upstream.COMPETENCY, competency)));

        assertThat(merged.at("/paths/~1api~1v1~1case~1packages/post/requestBody/x-proficio-max-body-size")
                        .asLong())
                .isEqualTo(32);
        assertThat(merged.at("/paths/~1api~1v1~1case~1packages/get").has("requestBody"))
                .isFalse();
    }

    private static Fetched fetched(Upstream service, ObjectNode document) {
        return new Fetched(service, document);
    }

    /** A document with one GET operation on {@code path} answering the {@code Problem} schema. */
    private static ObjectNode document(String path, String schemas) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree("""
                    {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                     "paths": {"%s": {"get": {"responses": {"200": {"description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                     "components": {"schemas": %s}}
                    """.formatted(path, schemas));
            return document;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
