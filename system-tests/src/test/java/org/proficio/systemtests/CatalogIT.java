package org.proficio.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.proficio.systemtests.Platform.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog through the gateway with real Keycloak tokens: a district admin imports a real CASE package and a real
 * Moodle framework, publishes them, an LMS reads them back through the CASE 1.0 API, and the FrameworkPublished
 * snapshot reaches the read models of assessment and progression over Kafka.
 */
class CatalogIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);
    private static final String OPENSALT_DOCUMENT = "20c5134f-423d-4097-a971-3dd5152bf507";

    static String admin;
    static String teacher;
    static String student1;
    static String lms;

    @BeforeAll
    static void tokens() {
        admin = Platform.userToken("admin");
        teacher = Platform.userToken("teacher");
        student1 = Platform.userToken("student1");
        lms = Platform.integrationToken();
    }

    @Test
    void importedCasePackageIsServedByTheCaseApiAndReachesTheReadModels() throws IOException {
        // A fresh document identifier per run, so the import creates a framework whatever earlier runs left.
        String documentId = UUID.randomUUID().toString();
        String cfPackage = resource("opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json")
                .replace(OPENSALT_DOCUMENT, documentId);

        JsonPath report = as(admin)
                .body(cfPackage)
                .post("/api/v1/case/packages")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .body("items", equalTo(16))
                .extract()
                .jsonPath();
        String frameworkId = report.getString("frameworkId");
        as(admin).post("/api/v1/frameworks/" + frameworkId + "/publish").then().statusCode(200);

        // An LMS reads it back through the CASE API, by the standard's paths.
        as(lms).get("/ims/case/v1p0/CFPackages/" + documentId)
                .then()
                .statusCode(200)
                .body("CFDocument.identifier", equalTo(documentId))
                .body("CFItems.size()", equalTo(16))
                .body("CFAssociations.associationType", hasItem("precedes"));
        // Filtered, as an LMS finds one document: the first page alone need not hold it once earlier runs left more.
        as(lms).queryParam("filter", "identifier='" + documentId + "'")
                .get("/ims/case/v1p0/CFDocuments")
                .then()
                .statusCode(200)
                .body("CFDocuments.identifier", contains(documentId));
        as(student1)
                .get("/ims/case/v1p0/CFItems/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("imsx_codeMajor", equalTo("failure"));

        List<Map<String, Object>> competencies = as(teacher)
                .get("/api/v1/frameworks/" + frameworkId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("competencies");
        String competencyId = (String) competencies.get(competencies.size() - 1).get("id");

        // progression's read model has the imported competencies ...
        await().atMost(EVENTUAL)
                .untilAsserted(
                        () -> assertThat(progressCompetencies(frameworkId)).contains(competencyId));
        // ... and assessment's: evidence on an imported competency is accepted once its read model has it.
        await().atMost(EVENTUAL)
                .untilAsserted(() -> as(lms).header(
                                "Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of(
                                "learnerId",
                                "s-0001",
                                "competencyId",
                                competencyId,
                                "assessment",
                                Map.of("title", "Ratio task", "kind", "FORMATIVE", "modality", "PERFORMANCE_TASK"),
                                "level",
                                "developing"))
                        .post("/api/v1/evidence")
                        .then()
                        .statusCode(201));
    }

    @Test
    void moodleFrameworkImportsThroughTheGatewayAndIsSearchable() throws IOException {
        // A fresh framework id number per run (the Moodle file's own is OECD-CORE).
        String idNumber = "OECD-" + UUID.randomUUID();
        String csv =
                resource("moodle-3.3-core-lpimportcsv-example-OECD.csv").replace(",OECD-CORE,", "," + idNumber + ",");
        String frameworkId = as(admin)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/moodle/frameworks")
                .then()
                .statusCode(201)
                .body("outcome", equalTo("CREATED"))
                .extract()
                .path("frameworkId");
        as(admin).post("/api/v1/frameworks/" + frameworkId + "/publish").then().statusCode(200);

        as(student1)
                .queryParam("q", "negotiating")
                .queryParam("framework", frameworkId)
                .get("/api/v1/competencies")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("negotiating"));
    }

    private static List<String> progressCompetencies(String frameworkId) {
        return as(teacher)
                .queryParam("frameworkId", frameworkId)
                .get("/api/v1/learners/s-0001/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("competencies.competencyId");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CatalogIT.class.getResourceAsStream("/catalog/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
