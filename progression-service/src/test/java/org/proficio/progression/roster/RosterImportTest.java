package org.proficio.progression.roster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogTables;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.events.Topics;
import org.proficio.progression.Fixtures;

/**
 * OneRoster imports: the real 1.1 and 1.2 sets, exports with the oddities real ones have, and uploads that are not
 * OneRoster at all (refused, nothing written). Each test has a district of its own.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class RosterImportTest {

    private static final String IMPORTS = "/api/v1/oneroster/imports";

    /** Publishes a framework whose courses have these codes; answers their ids in the same order. */
    private static List<UUID> courses(String district, String... codes) {
        UUID framework = UUID.randomUUID();
        UUID competency = UUID.randomUUID();
        List<UUID> ids = Stream.of(codes).map(c -> UUID.randomUUID()).toList();
        List<Map<String, Object>> courses = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            courses.add(Fixtures.course(ids.get(i), codes[i], "Course " + codes[i], List.of(competency)));
        }
        Fixtures.publishFramework(district, framework, Map.of(competency, "R.1"), courses);
        CatalogTables.awaitFramework(framework.toString());
        return ids;
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** A test set of src/test/resources/oneroster, zipped in a folder as some SIS exports do. */
    private static byte[] zipOf(String set) {
        try {
            Path dir = Path.of(
                    RosterImportTest.class.getResource("/oneroster/" + set).toURI());
            Map<String, String> files = new LinkedHashMap<>();
            try (Stream<Path> listed = Files.list(dir)) {
                for (Path file : listed.sorted().toList()) {
                    files.put(set + "/" + file.getFileName(), Files.readString(file));
                }
            }
            return zip(files);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse importZip(byte[] zip, String learnerId) {
        var request = given().contentType("application/zip").body(zip);
        if (learnerId != null) {
            request.queryParam("learnerId", learnerId);
        }
        return request.post(IMPORTS).then();
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "roster-11"))
    void theOneRoster11SetImportsItsStudentsAndReportsWhatItCouldNotTake() {
        UUID physics = courses("roster-11", "Phys 100 - 1").get(0);

        importZip(zipOf("v1p1-full"), null)
                .statusCode(200)
                .body("version", equalTo("1.1"))
                .body("ignoredFiles", containsInAnyOrder("v1p1-full/academicSessions.csv", "v1p1-full/manifest.csv"))
                .body("schools.created", equalTo(0))
                .body("learners.created", equalTo(3))
                .body("enrollments.created", equalTo(1))
                .body("issueCount", equalTo(6))
                // the students' only org is a department, not a school
                .body(
                        "rowIssues.findAll { it.file == 'v1p1-full/users.csv' }.sourcedId",
                        contains("usr-222-66778899", "usr-222-1234561232", "usr-222-567891"))
                .body("rowIssues.findAll { it.file == 'v1p1-full/users.csv' }.column", hasItems("orgSourcedIds"))
                // two enrollments of a teacher as student, one in a class of no course of the catalog
                .body(
                        "rowIssues.findAll { it.file == 'v1p1-full/enrollments.csv' }.sourcedId",
                        contains("enr-s-222-12345-987654", "enr-s-222-12345-987532", "enr-s-222-12345-985321"))
                .body(
                        "rowIssues.find { it.sourcedId == 'enr-s-222-12345-985321' }.issue",
                        containsString("codes tried: 2, crs-222-2023-456-23456"));

        given().get("/api/v1/learners/usr-222-1234561232")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("mmichel Jones"))
                .body("gradeLevel", equalTo("12"))
                .body("source", equalTo("ONEROSTER"))
                .body("schoolId", nullValue());
        given().get("/api/v1/learners/usr-222-1234561232/plan")
                .then()
                .statusCode(200)
                .body("courses.courseId", contains(physics.toString()))
                .body("courses[0].startDate", equalTo("2022-03-15"))
                .body("courses[0].targetDate", equalTo("2022-06-15"));
        given().get("/api/v1/learners/usr-222-123456").then().statusCode(404); // a teacher

        // The same files again change nothing and announce nothing.
        importZip(zipOf("v1p1-full"), null)
                .statusCode(200)
                .body("learners.unchanged", equalTo(3))
                .body("learners.created", equalTo(0))
                .body("enrollments.unchanged", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var events = TestEvents.events(Topics.PROGRESSION, "usr-222-567891", EventTypes.LEARNER_REGISTERED);
            assertThat(events).hasSize(1);
            EventSchemas.assertValid(
                    EventTypes.LEARNER_REGISTERED, events.get(0).value());
        });
    }

    @Test
    @TestSecurity(user = "lms", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "district", value = "roster-12"))
    void theOneRoster12SetTakesRolesFromRolesCsvAndNamesLearnersAsAsked() {
        UUID course = courses("roster-12", "COURSE_001").get(0);

        importZip(zipOf("v1p2-small"), "identifier")
                .statusCode(200)
                .body("version", equalTo("1.2"))
                .body("learnerId", equalTo("identifier"))
                .body("schools.created", equalTo(1))
                .body("learners.created", equalTo(1))
                .body("enrollments.created", equalTo(1))
                .body("issueCount", equalTo(0))
                .body("files.name", hasItems("v1p2-small/users.csv", "v1p2-small/roles.csv"))
                .body("ignoredFiles", hasItems("v1p2-small/demographics.csv", "v1p2-small/userProfiles.csv"));

        given().get("/api/v1/learners/bruce.wayne")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Bruce Wayne"))
                .body("schoolId", equalTo("ORG_1"));
        given().get("/api/v1/schools").then().body("items.name", contains("Gotham High School"));
        given().get("/api/v1/learners/bruce.wayne/plan").then().body("courses.courseId", contains(course.toString()));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "roster-messy"))
    void aMessyExportIsTakenAsFarAsItGoes() {
        UUID algebra = courses("roster-messy", "ALG1").get(0);
        Map<String, String> files = new LinkedHashMap<>();
        // header-only, no trailing newline
        files.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId");
        files.put("schools.csv", "sourcedId,name,type\nsch-1,North High,school\n"); // not a OneRoster file name
        // a byte order mark, CRLF, columns in another order and case, vendor columns, a misspelt optional header,
        // a ragged row, an unusable grade, no trailing newline
        files.put(
                "users.csv",
                "\uFEFFrole,FamilyName,givenName,sourcedId,ext_district_flag,metadata.sis.homeroom,grads\r\n"
                        + "student,Lovelace,Ada,u-1,Y,H1,09\r\n"
                        + "student,Hopper,Grace,u-2,N\r\n"
                        + "teacher,Turing,Alan,t-1,,,\r\n"
                        + "student,Curie,Marie,u-3,,,Grade 9\r\n"
                        + "student,,,u-4,,,KG");
        files.put("courses.csv", "sourcedId,title,courseCode,metadata.color\nc-1,Algebra I,ALG1,blue\n");
        files.put("classes.csv", "sourcedId,courseSourcedId,classCode\nk-1,c-1,ALG1-P3\nk-2,c-9,ART\n");
        files.put(
                "enrollments.csv",
                "sourcedId,classSourcedId,userSourcedId,role,beginDate,endDate\n"
                        + "e-1,k-1,u-1,student,2026-09-01,2027-06-15\n"
                        + "e-2,k-1,u-2,student,01/09/2026,\n"
                        + "e-3,k-2,u-3,student,,\n"
                        + "e-4,k-1,t-1,teacher,,\n"
                        + "e-5,k-404,u-4,student,,");

        ValidatableResponse report = importZip(zip(files), null).statusCode(200);
        report.body("learners.created", equalTo(4))
                .body("enrollments.created", equalTo(2))
                .body("ignoredFiles", contains("schools.csv"))
                .body("files.find { it.name == 'users.csv' }.readAs.grads", equalTo("grades"))
                .body(
                        "files.find { it.name == 'users.csv' }.ignoredColumns",
                        contains("ext_district_flag", "metadata.sis.homeroom"))
                .body("files.find { it.name == 'orgs.csv' }.rows", equalTo(0))
                .body("rowIssues.find { it.file == 'users.csv' && it.row == 3 }.issue", containsString("fields"))
                .body("rowIssues.find { it.sourcedId == 'u-3' }.column", equalTo("grades"))
                .body("rowIssues.find { it.sourcedId == 'u-4' }.issue", containsString("named \"u-4\""))
                .body("rowIssues.find { it.sourcedId == 'e-2' }.column", equalTo("beginDate"))
                .body("rowIssues.find { it.sourcedId == 'e-3' }.issue", containsString("no course of the catalog"))
                .body("rowIssues.find { it.sourcedId == 'e-5' }.column", equalTo("classSourcedId"))
                .body("issueCount", equalTo(6));

        given().get("/api/v1/learners/u-1").then().body("gradeLevel", equalTo("09"));
        given().get("/api/v1/learners/u-3").then().body("gradeLevel", nullValue());
        given().get("/api/v1/learners/u-2/plan")
                .then()
                .body("courses.courseId", contains(algebra.toString()))
                .body("courses[0].startDate", nullValue());

        // An enrollment marked tobedeleted takes the course off her plan.
        Map<String, String> delta = Map.of(
                "classes.csv",
                "sourcedId,courseSourcedId,classCode\nk-1,c-1,ALG1\n",
                "enrollments.csv",
                "sourcedId,status,classSourcedId,userSourcedId,role\ne-1,tobedeleted,k-1,u-1,student\n");
        importZip(zip(delta), null).statusCode(200).body("withdrawn", equalTo(1));
        given().get("/api/v1/learners/u-1/plan").then().body("courses", hasSize(0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "roster-refused"))
    void anUploadThatIsNotOneRosterWritesNothing() {
        String orgs = "sourcedId,name,type\nsch-r,Refused High,school\n";
        importZip(zip(Map.of("orgs.csv", orgs, "users.csv", "id,name\n1,Ada\n")), null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItems("has no sourcedId column", "has no givenName column"));
        importZip(zip(Map.of("notes.txt", "hello")), null).statusCode(422).contentType("application/problem+json");
        importZip("not a zip".getBytes(StandardCharsets.UTF_8), null).statusCode(400);
        importZip(zip(Map.of("orgs.csv", orgs, "users.csv", "sourcedId,givenName,familyName\n\"u-1,Ada,L\n")), null)
                .statusCode(400)
                .body("detail", containsString("users.csv"));
        importZip(zip(Map.of("orgs.csv", orgs)), "email").statusCode(400).body("errors.field", contains("learnerId"));
        importZip(zip(Map.of("orgs.csv", orgs, "manifest.csv", "propertyName,value\noneroster.version,2.0\n")), null)
                .statusCode(422);
        given().get("/api/v1/schools").then().statusCode(200).body("items", hasSize(0));

        given().multiPart("files", "orgs.csv", orgs.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(IMPORTS)
                .then()
                .statusCode(200)
                .body("schools.created", equalTo(1));
    }

    @Test
    @TestSecurity(user = "teacher", roles = "educator")
    @OidcSecurity(claims = @Claim(key = "district", value = "roster-refused"))
    void educatorsDoNotImportRosters() {
        importZip(zip(Map.of("orgs.csv", "sourcedId,name,type\n")), null).statusCode(403);
    }
}
