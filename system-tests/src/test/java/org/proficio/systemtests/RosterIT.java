package org.proficio.systemtests;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.proficio.systemtests.Platform.as;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A district's OneRoster export through the gateway with real Keycloak tokens (issue 10): a district admin imports
 * a zip, then the same files one by one; the students become learners with the catalog's course on their plans, an
 * integration reads them, and a student may not import.
 */
class RosterIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    @Test
    void aDistrictImportsItsRosterAndItsStudentsGetTheirCourses() {
        String admin = Platform.userToken("admin");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String code = "ROSTER-" + run;
        String student = "st-" + run;

        // A course is known to progression once a framework naming it is published.
        JsonPath framework = as(admin)
                .body(Map.of(
                        "title",
                        "Roster (system test " + run + ")",
                        "subject",
                        "Science",
                        "competencies",
                        List.of(Map.of("code", "RO.1", "statement", "Roster competency."))))
                .post("/api/v1/frameworks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String courseId = as(admin)
                .body(Map.of(
                        "code",
                        code,
                        "title",
                        "Roster science",
                        "credits",
                        1,
                        "competencyIds",
                        List.of(framework.getString("competencies[0].id"))))
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(admin)
                .post("/api/v1/frameworks/" + framework.getString("id") + "/publish")
                .then()
                .statusCode(200);

        Map<String, String> files = new LinkedHashMap<>();
        files.put("orgs.csv", "sourcedId,status,name,type\nsch-" + run + ",active,Roster High,school\n");
        files.put(
                "users.csv",
                "sourcedId,role,givenName,familyName,orgSourcedIds,grades,ext_vendor\n"
                        + student + ",student,Rosa,Parks,sch-" + run + ",10,x\n"
                        + "tc-" + run + ",teacher,Tom,Teach,sch-" + run + ",,\n");
        files.put("courses.csv", "sourcedId,title,courseCode\nc-" + run + ",Roster science," + code + "\n");
        files.put("classes.csv", "sourcedId,courseSourcedId,classCode\nk-" + run + ",c-" + run + ",P1\n");
        files.put(
                "enrollments.csv",
                "sourcedId,classSourcedId,userSourcedId,role,beginDate,endDate\n" + "e-" + run + ",k-" + run + ","
                        + student + ",student,2026-09-01,2027-06-15\n");
        byte[] zip = zip(files);

        await().atMost(EVENTUAL)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> as(admin)
                        .contentType("application/zip")
                        .body(zip)
                        .post("/api/v1/oneroster/imports")
                        .then()
                        .statusCode(200)
                        .body("issueCount", equalTo(0))
                        .body("enrollments.created", equalTo(1)));

        String lms = Platform.integrationToken();
        as(lms).get("/api/v1/learners/" + student)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Rosa Parks"))
                .body("schoolId", equalTo("sch-" + run))
                .body("source", equalTo("ONEROSTER"));
        as(lms).get("/api/v1/learners/" + student + "/plan")
                .then()
                .statusCode(200)
                .body("courses.courseId", contains(courseId))
                .body("courses.code", contains(code))
                .body("courses[0].targetDate", equalTo("2027-06-15"));

        // The same files, sent one by one as a form: nothing changes.
        var form = Platform.as(admin).contentType("multipart/form-data");
        files.forEach((name, text) -> form.multiPart("files", name, text.getBytes(StandardCharsets.UTF_8), "text/csv"));
        form.post("/api/v1/oneroster/imports")
                .then()
                .statusCode(200)
                .body("learners.unchanged", equalTo(1))
                .body("enrollments.unchanged", equalTo(1));

        as(Platform.userToken("student1"))
                .contentType("application/zip")
                .body(zip)
                .post("/api/v1/oneroster/imports")
                .then()
                .statusCode(403);
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("export/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
