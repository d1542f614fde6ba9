package org.proficio.competency.caseapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.proficio.competency.framework.FrameworkRequests.NewCompetency;
import org.proficio.competency.framework.FrameworkRequests.NewFramework;
import org.proficio.competency.framework.FrameworkService;
import org.proficio.competency.framework.FrameworkViews.CompetencyView;
import org.proficio.competency.framework.FrameworkViews.FrameworkView;
import org.proficio.competency.rubric.RubricRequests.NewCriterion;
import org.proficio.competency.rubric.RubricRequests.NewDescriptor;
import org.proficio.competency.rubric.RubricRequests.NewRubric;
import org.proficio.competency.rubric.RubricService;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * The CASE 1.0 read API against its standard paths: what an LMS of the district sees, what it must not see (drafts,
 * withdrawn frameworks, other districts), and the standard's errors.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseApiResourceTest {

    static final String DISTRICT = "case-api-test";
    static final String API = "/ims/case/v1p0/";

    @Inject
    FrameworkService frameworks;

    @Inject
    RubricService rubrics;

    /** Published: Ratios (3 items, a rubric), Science Inquiry, Algebra 2.0 (1.0 retired, 3.0 a draft). */
    static FrameworkView ratios;

    static FrameworkView science;
    static FrameworkView algebra;
    static FrameworkView draft;
    static FrameworkView withdrawn;
    static FrameworkView elsewhere;
    static String rubricIdentifier;

    @BeforeEach
    void createOnce() throws Throwable {
        if (ratios != null) {
            return;
        }
        ratios = create(
                DISTRICT,
                "Ratios",
                "Mathematics",
                "1.0",
                List.of(
                        new NewCompetency("6.RP.A", "Understand ratio concepts.", null),
                        new NewCompetency("6.RP.A.1", "Use ratio language.", "6.RP.A"),
                        new NewCompetency("6.RP.A.2", "Understand unit rates.", "6.RP.A")));
        CompetencyView ratioLanguage = ratios.competencies().get(1);
        rubricIdentifier = await(() -> rubrics.create(
                        DISTRICT,
                        ratios.id(),
                        new NewRubric(
                                "Ratio task",
                                "Unit 2 performance task",
                                List.of(new NewCriterion(
                                        ratioLanguage.id(),
                                        "Reasoning",
                                        "Uses ratio language",
                                        null,
                                        List.of(
                                                new NewDescriptor("beginning", "Names the quantities.", null),
                                                new NewDescriptor(
                                                        "proficient", "States the ratio correctly.", null)))))))
                .identifier();
        ratios = publish(DISTRICT, ratios);
        science = publish(
                DISTRICT,
                create(
                        DISTRICT,
                        "Science Inquiry",
                        "Science",
                        "1.0",
                        List.of(new NewCompetency("SCI.1", "Asks testable questions.", null))));
        FrameworkView algebra1 = publish(
                DISTRICT,
                create(
                        DISTRICT,
                        "Algebra",
                        "Mathematics",
                        "1.0",
                        List.of(new NewCompetency("A.1", "Solves linear equations.", null))));
        algebra = publish(DISTRICT, await(() -> frameworks.newVersion(DISTRICT, algebra1.id(), "2.0")));
        await(() -> frameworks.newVersion(DISTRICT, algebra.id(), "3.0"));
        draft = create(
                DISTRICT,
                "Draft geometry",
                "Mathematics",
                "1.0",
                List.of(new NewCompetency("G.1", "Draft statement.", null)));
        withdrawn = publish(
                DISTRICT,
                create(
                        DISTRICT,
                        "Withdrawn",
                        "History",
                        "1.0",
                        List.of(new NewCompetency("H.1", "Withdrawn statement.", null))));
        await(() -> frameworks.retire(DISTRICT, withdrawn.id(), null));
        elsewhere = publish(
                "case-api-elsewhere",
                create(
                        "case-api-elsewhere",
                        "Elsewhere",
                        "Art",
                        "1.0",
                        List.of(new NewCompetency("ART.1", "Elsewhere statement.", null))));
    }

    private FrameworkView create(
            String district, String title, String subject, String version, List<NewCompetency> competencies)
            throws Throwable {
        return await(() -> frameworks.create(district, new NewFramework(title, subject, version, "en", competencies)));
    }

    private FrameworkView publish(String district, FrameworkView framework) throws Throwable {
        return await(() -> frameworks.publish(district, framework.id(), null));
    }

    /** Hibernate Reactive needs a Vert.x context; the test thread has none. */
    private static <T> T await(Supplier<Uni<T>> call) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(call::get);
    }

    private static String item(FrameworkView framework, String code) {
        return framework.competencies().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .identifier();
    }

    private static void assertImsx(ValidatableResponse response, int status, String fieldName, String codeMinor) {
        response.statusCode(status)
                .contentType("application/json")
                .body("imsx_codeMajor", equalTo("failure"))
                .body("imsx_severity", equalTo("error"))
                .body("imsx_description", notNullValue())
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldName", equalTo(fieldName))
                .body("imsx_codeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue", equalTo(codeMinor));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void listsThePublishedVersionOfEachFrameworkOfTheDistrict() {
        given().get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", nullValue())
                .body("CFDocuments.title", contains("Ratios", "Science Inquiry", "Algebra"))
                .body("CFDocuments.find { it.title == 'Algebra' }.version", equalTo("2.0"))
                .body("CFDocuments.identifier", not(hasItem(draft.identifier())))
                .body("CFDocuments[0].identifier", equalTo(ratios.identifier()))
                .body(
                        "CFDocuments[0].uri",
                        equalTo("http://localhost:8080/ims/case/v1p0/CFDocuments/" + ratios.identifier()))
                .body("CFDocuments[0].CFPackageURI.identifier", equalTo(ratios.identifier()))
                .body("CFDocuments[0].CFPackageURI.uri", containsString("/ims/case/v1p0/CFPackages/"))
                .body("CFDocuments[0].creator", notNullValue())
                .body("CFDocuments[0].lastChangeDateTime", notNullValue())
                .body("CFDocuments[0].subject", contains("Mathematics"))
                .body("CFDocuments[0].language", equalTo("en"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void pagesWithLimitAndOffsetAndLinks() {
        String link = given().queryParam("limit", 2)
                .queryParam("sort", "title")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("CFDocuments.title", contains("Algebra", "Ratios"))
                .extract()
                .header("Link");
        assertThat(link)
                .contains("limit=2&offset=2>; rel=\"next\"")
                .contains("offset=0>; rel=\"first\"")
                .contains("offset=2>; rel=\"last\"")
                .contains("sort=title")
                .doesNotContain("rel=\"prev\"");

        String last = given().queryParam("limit", 2)
                .queryParam("offset", 2)
                .queryParam("sort", "title")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("CFDocuments.title", contains("Science Inquiry"))
                .extract()
                .header("Link");
        assertThat(last).contains("offset=0>; rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void sortsEitherWay() {
        given().queryParam("sort", "title")
                .queryParam("orderBy", "desc")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .body("CFDocuments.title", contains("Science Inquiry", "Ratios", "Algebra"));
        given().queryParam("sort", "version")
                .queryParam("orderBy", "asc")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .body("CFDocuments.version", contains("1.0", "1.0", "2.0"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void filtersWithTheStandardsSyntax() {
        given().queryParam("filter", "title~'RATIO'")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("CFDocuments.title", contains("Ratios"));
        given().queryParam("filter", "subject='Science' OR title='Algebra'")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .body("CFDocuments.title", contains("Science Inquiry", "Algebra"));
        given().queryParam("filter", "subject='Mathematics' AND version!='2.0'")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .body("CFDocuments.title", contains("Ratios"));
        given().queryParam("filter", "lastChangeDateTime>'2018-01-01'")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3");
        given().queryParam("filter", "lastChangeDateTime<'2018-01-01'")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "0")
                .body("CFDocuments", hasSize(0));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void returnsOnlyTheSelectedFields() {
        List<Map<String, Object>> documents = given().queryParam("fields", "identifier,title")
                .get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .extract()
                .path("CFDocuments");
        assertThat(documents).hasSize(3).allSatisfy(d -> assertThat(d).containsOnlyKeys("identifier", "title"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void refusesBadListParametersWithImsxStatus() {
        assertImsx(
                given().queryParam("sort", "colour").get(API + "CFDocuments").then(),
                400,
                "sort",
                "invalid_sort_field");
        assertImsx(
                given().queryParam("sort", "title")
                        .queryParam("orderBy", "up")
                        .get(API + "CFDocuments")
                        .then(),
                400,
                "orderBy",
                "invalid_sort_field");
        assertImsx(
                given().queryParam("filter", "colour='red'")
                        .get(API + "CFDocuments")
                        .then(),
                400,
                "filter",
                "invalid_filter_field");
        assertImsx(
                given().queryParam("filter", "title='open")
                        .get(API + "CFDocuments")
                        .then(),
                400,
                "filter",
                "invalid_filter_field");
        assertImsx(
                given().queryParam("fields", "title,colour")
                        .get(API + "CFDocuments")
                        .then(),
                400,
                "fields",
                "invalid_selection_field");
        assertImsx(
                given().queryParam("limit", "many").get(API + "CFDocuments").then(),
                400,
                "limit",
                "invalid_selection_field");
        assertImsx(
                given().queryParam("offset", "-1").get(API + "CFDocuments").then(),
                400,
                "offset",
                "invalid_selection_field");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void servesTheWholePackage() {
        given().get(API + "CFPackages/" + ratios.identifier())
                .then()
                .statusCode(200)
                .body("CFDocument.identifier", equalTo(ratios.identifier()))
                .body("CFDocument.title", equalTo("Ratios"))
                .body("CFItems.humanCodingScheme", contains("6.RP.A", "6.RP.A.1", "6.RP.A.2"))
                .body(
                        "CFItems.fullStatement",
                        contains("Understand ratio concepts.", "Use ratio language.", "Understand unit rates."))
                .body("CFItems.CFDocumentURI.identifier", everyItem(equalTo(ratios.identifier())))
                .body("CFItems.uri", everyItem(containsString("/ims/case/v1p0/CFItems/")))
                .body("CFItems.lastChangeDateTime", everyItem(notNullValue()))
                .body("CFAssociations", hasSize(3))
                .body("CFAssociations.associationType", everyItem(equalTo("isChildOf")))
                .body(
                        "CFAssociations.originNodeURI.identifier",
                        contains(item(ratios, "6.RP.A"), item(ratios, "6.RP.A.1"), item(ratios, "6.RP.A.2")))
                .body(
                        "CFAssociations.destinationNodeURI.identifier",
                        contains(ratios.identifier(), item(ratios, "6.RP.A"), item(ratios, "6.RP.A")))
                .body("CFDefinitions.CFItemTypes", hasSize(0))
                .body("CFDefinitions.CFSubjects", hasSize(0))
                .body("CFDefinitions.CFConcepts", hasSize(0))
                .body("CFDefinitions.CFLicenses", hasSize(0))
                .body("CFDefinitions.CFAssociationGroupings", hasSize(0))
                .body("CFRubrics.identifier", contains(rubricIdentifier))
                .body("CFRubrics[0].CFRubricCriteria[0].CFItemURI.identifier", equalTo(item(ratios, "6.RP.A.1")))
                .body(
                        "CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels.description",
                        contains("Names the quantities.", "States the ratio correctly."));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void servesDocumentItemAssociationAndRubricByIdentifier() {
        given().get(API + "CFDocuments/" + ratios.identifier())
                .then()
                .statusCode(200)
                .body("identifier", equalTo(ratios.identifier()))
                .body("title", equalTo("Ratios"));
        String child = item(ratios, "6.RP.A.1");
        given().get(API + "CFItems/" + child)
                .then()
                .statusCode(200)
                .body("identifier", equalTo(child))
                .body("fullStatement", equalTo("Use ratio language."))
                .body("humanCodingScheme", equalTo("6.RP.A.1"))
                .body("uri", equalTo("http://localhost:8080/ims/case/v1p0/CFItems/" + child))
                .body("lastChangeDateTime", notNullValue())
                .body("CFDocumentURI.identifier", equalTo(ratios.identifier()))
                .body("CFDocumentURI.title", equalTo("Ratios"));
        String association = given().get(API + "CFPackages/" + ratios.identifier())
                .then()
                .extract()
                .path("CFAssociations[1].identifier");
        given().get(API + "CFAssociations/" + association)
                .then()
                .statusCode(200)
                .body("identifier", equalTo(association))
                .body("associationType", equalTo("isChildOf"))
                .body("originNodeURI.identifier", equalTo(child))
                .body("destinationNodeURI.identifier", equalTo(item(ratios, "6.RP.A")))
                .body("CFDocumentURI.identifier", equalTo(ratios.identifier()));
        given().get(API + "CFRubrics/" + rubricIdentifier)
                .then()
                .statusCode(200)
                .body("identifier", equalTo(rubricIdentifier))
                .body("title", equalTo("Ratio task"))
                .body("CFRubricCriteria[0].CFRubricCriterionLevels", hasSize(2));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void itemAssociationsListBothDirections() {
        String cluster = item(ratios, "6.RP.A");
        given().get(API + "CFItemAssociations/" + cluster)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .body("CFItem.identifier", equalTo(cluster))
                .body("CFAssociations", hasSize(3))
                .body(
                        "CFAssociations.findAll { it.originNodeURI.identifier == '" + cluster + "' }"
                                + ".destinationNodeURI.identifier",
                        contains(ratios.identifier()))
                .body(
                        "CFAssociations.findAll { it.destinationNodeURI.identifier == '" + cluster + "' }"
                                + ".originNodeURI.identifier",
                        contains(item(ratios, "6.RP.A.1"), item(ratios, "6.RP.A.2")));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void servesThePublishedVersionUnderTheSharedIdentifier() {
        given().get(API + "CFDocuments/" + algebra.identifier())
                .then()
                .statusCode(200)
                .body("version", equalTo("2.0"));
        given().get(API + "CFPackages/" + algebra.identifier())
                .then()
                .statusCode(200)
                .body("CFDocument.version", equalTo("2.0"))
                .body("CFItems", hasSize(1));
        // 1.0 (retired), 2.0 (published) and 3.0 (draft) all hold this item; one answer, from 2.0
        String equations = item(algebra, "A.1");
        given().get(API + "CFItems/" + equations).then().statusCode(200).body("identifier", equalTo(equations));
        given().get(API + "CFItemAssociations/" + equations)
                .then()
                .statusCode(200)
                .body("CFAssociations", hasSize(1));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void unknownIdentifiersAreUnknownObjects() {
        String unknown = UUID.randomUUID().toString();
        for (String collection : List.of(
                "CFDocuments",
                "CFPackages",
                "CFItems",
                "CFItemAssociations",
                "CFAssociations",
                "CFAssociationGroupings",
                "CFRubrics",
                "CFConcepts",
                "CFSubjects",
                "CFItemTypes",
                "CFLicenses")) {
            assertImsx(given().get(API + collection + "/" + unknown).then(), 404, "sourcedId", "unknownobject");
        }
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void draftsWithdrawnFrameworksAndOtherDistrictsAreUnknown() {
        for (FrameworkView hidden : List.of(draft, withdrawn, elsewhere)) {
            assertImsx(
                    given().get(API + "CFDocuments/" + hidden.identifier()).then(), 404, "sourcedId", "unknownobject");
            assertImsx(
                    given().get(API + "CFPackages/" + hidden.identifier()).then(), 404, "sourcedId", "unknownobject");
            String item = hidden.competencies().get(0).identifier();
            assertImsx(given().get(API + "CFItems/" + item).then(), 404, "sourcedId", "unknownobject");
            assertImsx(given().get(API + "CFItemAssociations/" + item).then(), 404, "sourcedId", "unknownobject");
        }
        given().get(API + "CFDocuments")
                .then()
                .statusCode(200)
                .body("CFDocuments.title", not(hasItem("Draft geometry")))
                .body("CFDocuments.title", not(hasItem("Withdrawn")))
                .body("CFDocuments.title", not(hasItem("Elsewhere")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void districtAdminsDoNotSeeDraftsHereEither() {
        assertImsx(given().get(API + "CFPackages/" + draft.identifier()).then(), 404, "sourcedId", "unknownobject");
        given().get(API + "CFDocuments").then().statusCode(200).header("X-Total-Count", "3");
    }

    @Test
    @TestSecurity(user = "student1", roles = "student")
    @OidcSecurity(claims = {@Claim(key = "district", value = DISTRICT), @Claim(key = "learner_id", value = "s-0001")})
    void studentsRead() {
        given().get(API + "CFPackages/" + ratios.identifier()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "guardian1", roles = "guardian")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void guardiansRead() {
        given().get(API + "CFItems/" + item(ratios, "6.RP.A")).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "service-account-demo-lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void integrationsRead() {
        given().get(API + "CFDocuments").then().statusCode(200).header("X-Total-Count", "3");
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    void tokenWithoutDistrictIsForbidden() {
        assertImsx(given().get(API + "CFDocuments").then(), 403, "Authorization", "forbidden");
    }

    @Test
    @TestSecurity(user = "someone", roles = "visitor")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void roleWithoutReadAccessIsForbidden() {
        assertImsx(given().get(API + "CFDocuments").then(), 403, "Authorization", "forbidden");
    }

    /** Refused tokens are covered by CaseApiBearerTokenTest: the %test profile turns token checking off. */
    @Test
    void callsWithoutTokenAreUnauthorised() {
        assertImsx(given().get(API + "CFDocuments").then(), 401, "Authorization", "unauthorisedrequest");
        given().get(API + "CFItems/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void unknownPathsAreUnknownObjects() {
        assertImsx(given().get(API + "CFWidgets/1").then(), 404, "path", "unknownobject");
        assertImsx(given().get(API + "CFItems").then(), 404, "path", "unknownobject");
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void writesAreNotPartOfTheApi() {
        assertImsx(
                given().post(API + "CFDocuments").then().header("Allow", "GET"), 405, "request", "method_not_allowed");
        assertImsx(given().put(API + "CFItems/" + item(ratios, "6.RP.A")).then(), 405, "request", "method_not_allowed");
        assertImsx(
                given().delete(API + "CFPackages/" + ratios.identifier()).then(), 405, "request", "method_not_allowed");
    }

    @Test
    void isDocumentedInOpenApiWithTheStandardsOperationIds() {
        Map<String, String> operations = Map.ofEntries(
                Map.entry("CFDocuments", "getAllCFDocuments"),
                Map.entry("CFDocuments/{sourcedId}", "getCFDocument"),
                Map.entry("CFPackages/{sourcedId}", "getCFPackage"),
                Map.entry("CFItems/{sourcedId}", "getCFItem"),
                Map.entry("CFItemAssociations/{sourcedId}", "getCFItemAssociations"),
                Map.entry("CFAssociations/{sourcedId}", "getCFAssociation"),
                Map.entry("CFAssociationGroupings/{sourcedId}", "getCFAssociationGrouping"),
                Map.entry("CFRubrics/{sourcedId}", "getCFRubric"),
                Map.entry("CFConcepts/{sourcedId}", "getCFConcept"),
                Map.entry("CFSubjects/{sourcedId}", "getCFSubject"),
                Map.entry("CFItemTypes/{sourcedId}", "getCFItemType"),
                Map.entry("CFLicenses/{sourcedId}", "getCFLicense"));
        JsonPath openApi = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        operations.forEach((path, operationId) -> {
            Map<String, Object> get = paths.get(API + path).get("get");
            assertThat(get).as(path).containsEntry("operationId", operationId).containsKeys("summary", "responses");
            assertThat(get.get("security").toString()).as(path).contains("keycloak=[", "integration");
            assertThat(get.get("responses").toString()).as(path).contains("401", "imsx_StatusInfo");
            assertThat(get.get("responses").toString()).as(path).doesNotContain("problem+json");
        });
        assertThat(paths.keySet().stream().filter(p -> p.startsWith(API))).hasSize(operations.size());
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = DISTRICT))
    void theRestOfTheServiceKeepsProblemJson() {
        given().get("/api/v1/frameworks/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
