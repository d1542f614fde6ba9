package org.proficio.competency.caseapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * A real CASE package (OpenSALT's sample: 16 items, 39 associations of five kinds, 21 of them to items outside the
 * package) and a package with every kind of definition, imported and published through the API, read back through
 * the CASE API as an LMS would.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = CaseApiImportedPackageTest.DISTRICT))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseApiImportedPackageTest {

    static final String DISTRICT = "case-api-import";
    static final String API = "/ims/case/v1p0/";
    static final String OPENSALT = "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json";
    static final String DEFINITIONS = "definitions-package.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> published = new HashSet<>();

    /** Imports and publishes the package once (POST imports/case, POST publish); its CFDocument identifier. */
    private static String publishedPackage(String name) {
        JsonNode source = resource(name);
        String identifier = source.get("CFDocument").get("identifier").asText();
        if (published.add(name)) {
            String frameworkId = given().contentType(ContentType.JSON)
                    .body(source.toString())
                    .post("/api/v1/case/packages")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("frameworkId");
            given().post("/api/v1/frameworks/" + frameworkId + "/publish")
                    .then()
                    .statusCode(200);
        }
        return identifier;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = CaseApiImportedPackageTest.class.getResourceAsStream("/caseapi/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void packageHasEverythingImportedAndIsValidCase() throws Exception {
        String identifier = publishedPackage(OPENSALT);
        JsonNode source = resource(OPENSALT);
        String body = given().get(API + "CFPackages/" + identifier)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("CFDocument.identifier", equalTo(identifier))
                .body("CFDocument.title", equalTo("What Standards Could Be"))
                .body(
                        "CFDocument.uri",
                        equalTo(source.get("CFDocument").get("uri").asText()))
                .body("CFItems", hasSize(16))
                .body("CFAssociations", hasSize(39))
                .body("CFDefinitions.CFItemTypes.title", contains("Cluster", "Standard", "Component"))
                .extract()
                .asString();
        JsonNode served = JSON.readTree(body);
        assertThat(schema().validate(served)).as("CASE 1.0 package schema").isEmpty();

        Set<String> sourceItems = new HashSet<>();
        source.get("CFItems").forEach(i -> sourceItems.add(i.get("identifier").asText()));
        Set<String> servedItems = new HashSet<>();
        served.get("CFItems").forEach(i -> servedItems.add(i.get("identifier").asText()));
        assertThat(servedItems).isEqualTo(sourceItems);
    }

    @Test
    void itemKeepsItsCaseFields() {
        publishedPackage(OPENSALT);
        JsonNode first = resource(OPENSALT).get("CFItems").get(0);
        given().get(API + "CFItems/" + first.get("identifier").asText())
                .then()
                .statusCode(200)
                .body("identifier", equalTo(first.get("identifier").asText()))
                .body("uri", equalTo(first.get("uri").asText()))
                .body("fullStatement", equalTo(first.get("fullStatement").asText()))
                .body(
                        "humanCodingScheme",
                        equalTo(first.get("humanCodingScheme").asText()))
                .body("CFItemType", equalTo("Cluster"))
                .body("language", equalTo("en"))
                .body("CFDocumentURI.identifier", equalTo("20c5134f-423d-4097-a971-3dd5152bf507"));
    }

    @Test
    void itemAssociationsAreEveryAssociationWithTheItemAtEitherEnd() {
        publishedPackage(OPENSALT);
        JsonNode source = resource(OPENSALT);
        // the item at the most association ends, at both origin and destination
        String busiest = null;
        Set<String> expected = Set.of();
        for (JsonNode item : source.get("CFItems")) {
            String id = item.get("identifier").asText();
            Set<String> ids = new HashSet<>();
            boolean origin = false;
            boolean destination = false;
            for (JsonNode a : source.get("CFAssociations")) {
                boolean isOrigin =
                        id.equals(a.get("originNodeURI").get("identifier").asText());
                boolean isDestination =
                        id.equals(a.get("destinationNodeURI").get("identifier").asText());
                if (isOrigin || isDestination) {
                    ids.add(a.get("identifier").asText());
                }
                origin |= isOrigin;
                destination |= isDestination;
            }
            if (origin && destination && ids.size() > expected.size()) {
                busiest = id;
                expected = ids;
            }
        }
        assertThat(busiest).isNotNull();
        assertThat(expected.size()).isGreaterThan(2);

        List<String> served = given().get(API + "CFItemAssociations/" + busiest)
                .then()
                .statusCode(200)
                .header("X-Total-Count", String.valueOf(expected.size()))
                .body("CFItem.identifier", equalTo(busiest))
                .extract()
                .path("CFAssociations.identifier");
        assertThat(new ArrayList<>(served)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void associationToAnItemOutsideThePackageKeepsItsLink() {
        publishedPackage(OPENSALT);
        JsonNode source = resource(OPENSALT);
        Set<String> items = new HashSet<>();
        source.get("CFItems").forEach(i -> items.add(i.get("identifier").asText()));
        JsonNode external = null;
        for (JsonNode a : source.get("CFAssociations")) {
            if (a.get("associationType").asText().equals("exactMatchOf")
                    && !items.contains(
                            a.get("destinationNodeURI").get("identifier").asText())) {
                external = a;
                break;
            }
        }
        assertThat(external).isNotNull();
        given().get(API + "CFAssociations/" + external.get("identifier").asText())
                .then()
                .statusCode(200)
                .body("associationType", equalTo("exactMatchOf"))
                .body(
                        "originNodeURI.identifier",
                        equalTo(external.get("originNodeURI").get("identifier").asText()))
                .body(
                        "destinationNodeURI.identifier",
                        equalTo(external.get("destinationNodeURI")
                                .get("identifier")
                                .asText()))
                .body(
                        "destinationNodeURI.uri",
                        equalTo(external.get("destinationNodeURI").get("uri").asText()));
    }

    @Test
    void itemTypeIsServedAsASet() {
        publishedPackage(OPENSALT);
        JsonNode cluster =
                resource(OPENSALT).get("CFDefinitions").get("CFItemTypes").get(0);
        given().get(API + "CFItemTypes/" + cluster.get("identifier").asText())
                .then()
                .statusCode(200)
                .body("CFItemTypes", hasSize(1))
                .body(
                        "CFItemTypes[0].identifier",
                        equalTo(cluster.get("identifier").asText()))
                .body("CFItemTypes[0].title", equalTo("Cluster"))
                .body("CFItemTypes[0].hierarchyCode", equalTo("1"));
    }

    @Test
    void subjectsAndConceptsComeWithTheirDescendantsInHierarchyOrder() {
        publishedPackage(DEFINITIONS);
        given().get(API + "CFSubjects/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d10")
                .then()
                .statusCode(200)
                .body("CFSubjects.title", contains("Mathematics", "Number", "Fractions", "Algebra", "Statistics"))
                .body("CFSubjects.hierarchyCode", contains("1", "1.1", "1.1.1", "1.2", "1.10"));
        given().get(API + "CFSubjects/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d13")
                .then()
                .statusCode(200)
                .body("CFSubjects.title", contains("Number", "Fractions"));
        given().get(API + "CFConcepts/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d20")
                .then()
                .statusCode(200)
                .body("CFConcepts.title", contains("Ratio", "Unit rate"))
                .body("CFConcepts[0].keywords", equalTo("ratio"));
    }

    @Test
    void licenceAndGroupingAreSingleObjects() {
        publishedPackage(DEFINITIONS);
        given().get(API + "CFLicenses/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d30")
                .then()
                .statusCode(200)
                .body("identifier", equalTo("7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d30"))
                .body("title", equalTo("CC BY 4.0"))
                .body("licenseText", equalTo("https://creativecommons.org/licenses/by/4.0/"))
                .body("lastChangeDateTime", equalTo("2024-03-01T12:00:00+00:00"));
        given().get(API + "CFAssociationGroupings/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d50")
                .then()
                .statusCode(200)
                .body("title", equalTo("Progression"))
                .body("description", equalTo("Learning progression"));
        given().get(API + "CFAssociations/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d03")
                .then()
                .statusCode(200)
                .body("CFAssociationGroupingURI.identifier", equalTo("7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d50"));
    }

    /** Runs last: by then both packages are published in {@link #DISTRICT} under these identifiers. */
    @Test
    @Order(Integer.MAX_VALUE)
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-api-import-neighbour"))
    void definitionsAreInvisibleToANeighbouringDistrict() {
        assertThat(published)
                .as("packages published in the other district first")
                .contains(OPENSALT, DEFINITIONS);
        for (String path : List.of(
                "CFLicenses/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d30",
                "CFSubjects/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d10",
                "CFConcepts/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d20",
                "CFItemTypes/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d40",
                "CFAssociationGroupings/7b3c6f0e-0c1d-4b57-9d8e-1f2a3b4c5d50",
                "CFPackages/20c5134f-423d-4097-a971-3dd5152bf507")) {
            given().get(API + path)
                    .then()
                    .statusCode(404)
                    .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo("unknownobject"));
        }
    }

    private static JsonSchema schema() {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in =
                CaseApiImportedPackageTest.class.getResourceAsStream("/caseapi/case-v1p0-cfpackage-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
