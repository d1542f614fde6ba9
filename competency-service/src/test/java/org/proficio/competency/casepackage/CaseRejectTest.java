package org.proficio.competency.casepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/** What cannot be a CASE package is refused with a 4xx problem+json naming what is wrong, and nothing is written. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "admin", roles = "district-admin")
@OidcSecurity(claims = @Claim(key = "district", value = "case-reject-test"))
class CaseRejectTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String A = "a0000000-0000-4000-8000-00000000000a";
    private static final String B = "b0000000-0000-4000-8000-00000000000b";
    private static final String C = "c0000000-0000-4000-8000-00000000000c";

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URL url;

    @AfterEach
    void nothingWritten() {
        assertThat(CaseImports.count(pool, "select count(*) from framework where district = 'case-reject-test'"))
                .isZero();
        assertThat(CaseImports.count(pool, "select count(*) from competency where district = 'case-reject-test'"))
                .isZero();
        assertThat(CaseImports.count(pool, "select count(*) from association where district = 'case-reject-test'"))
                .isZero();
    }

    /** The small valid package a, b, c (b and c children of a) that each test breaks in one way. */
    private static ObjectNode valid() {
        ObjectNode pkg = CasePackages.JSON.createObjectNode();
        pkg.putObject("CFDocument")
                .put("identifier", "d0000000-0000-4000-8000-0000000000d0")
                .put("title", "Refused")
                .put("creator", "Tests")
                .put("lastChangeDateTime", "2024-01-01T00:00:00+00:00");
        ArrayNode items = pkg.putArray("CFItems");
        for (String id : new String[] {A, B, C}) {
            items.addObject().put("identifier", id).put("fullStatement", "Statement " + id);
        }
        ArrayNode associations = pkg.putArray("CFAssociations");
        association(associations, "e0000000-0000-4000-8000-000000000001", "isChildOf", B, A);
        association(associations, "e0000000-0000-4000-8000-000000000002", "isChildOf", C, A);
        return pkg;
    }

    private static void association(ArrayNode associations, String id, String type, String origin, String dest) {
        ObjectNode a = associations.addObject().put("identifier", id).put("associationType", type);
        a.putObject("originNodeURI").put("identifier", origin).put("title", "o").put("uri", "urn:x:" + origin);
        a.putObject("destinationNodeURI")
                .put("identifier", dest)
                .put("title", "d")
                .put("uri", "urn:x:" + dest);
    }

    @Test
    void theValidPackageItselfImports() {
        // the baseline of this class: without the breakage, the package imports (then it is removed again)
        String id = CaseImports.importJson(valid().toString())
                .statusCode(201)
                .extract()
                .path("frameworkId");
        pool.preparedQuery("delete from framework where id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(java.util.UUID.fromString(id)))
                .await()
                .indefinitely();
    }

    @Test
    void refusesBodyThatIsNotJson() {
        CaseImports.importJson("{\"CFDocument\": ").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        CaseImports.importJson("[1, 2]").statusCode(400).contentType(PROBLEM).body("detail", containsString("a list"));
    }

    @Test
    void refusesPackageWithoutDocument() {
        ObjectNode pkg = valid();
        pkg.remove("CFDocument");
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("CFDocument"));
    }

    @Test
    void refusesDocumentWithoutIdentifierOrTitle() {
        ObjectNode pkg = valid();
        ((ObjectNode) pkg.get("CFDocument")).remove("title");
        ((ObjectNode) pkg.get("CFDocument")).remove("identifier");
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("CFDocument.title"))
                .body("errors.field", hasItem("CFDocument.identifier"));
    }

    @Test
    void refusesItemsThatAreNotAList() {
        ObjectNode pkg = valid();
        pkg.putObject("CFItems").put("identifier", A);
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("CFItems"));
    }

    @Test
    void refusesRequiredValuesOfImpossibleTypes() {
        ObjectNode pkg = valid();
        ((ObjectNode) pkg.get("CFItems").get(1)).putObject("fullStatement").put("en", "not a text");
        ((ObjectNode) pkg.get("CFAssociations").get(0)).put("originNodeURI", 42);
        ((ArrayNode) pkg.get("CFItems")).add("an item as a text");
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("CFItems[1].fullStatement"))
                .body("errors.field", hasItem("CFAssociations[0].originNodeURI"))
                .body("errors.field", hasItem("CFItems[3]"));
    }

    @Test
    void refusesDuplicateIdentifiers() {
        ObjectNode pkg = valid();
        ((ArrayNode) pkg.get("CFItems")).addObject().put("identifier", B).put("fullStatement", "again");
        association((ArrayNode) pkg.get("CFAssociations"), "e0000000-0000-4000-8000-000000000002", "isRelatedTo", A, B);
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", containsString("duplicate-identifiers"))
                .body("errors.field", hasItem("CFItems[3].identifier"))
                .body("errors.field", hasItem("CFAssociations[2].identifier"))
                .body("errors.message", hasItem(containsString(B)));
    }

    @Test
    void refusesIsChildOfCycleNamingIt() {
        ObjectNode pkg = valid();
        association((ArrayNode) pkg.get("CFAssociations"), "e0000000-0000-4000-8000-000000000003", "isChildOf", A, C);
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", containsString("cycle"))
                .body("detail", containsString("isChildOf"))
                .body("detail", containsString(A))
                .body("detail", containsString(C));
    }

    @Test
    void refusesPrecedesCycleNamingIt() {
        ObjectNode pkg = valid();
        ArrayNode associations = (ArrayNode) pkg.get("CFAssociations");
        association(associations, "e0000000-0000-4000-8000-000000000003", "precedes", A, B);
        association(associations, "e0000000-0000-4000-8000-000000000004", "precedes", B, C);
        association(associations, "e0000000-0000-4000-8000-000000000005", "precedes", C, A);
        CaseImports.importJson(pkg.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("precedes"))
                .body("errors[0].message", containsString(" -> "));
    }

    @Test
    void refusesMoreThan20000ItemsWith413() {
        ObjectNode pkg = valid();
        ArrayNode items = pkg.putArray("CFItems");
        for (int i = 0; i <= 20_000; i++) {
            items.addObject()
                    .put("identifier", String.format("00000000-0000-4000-8000-%012d", i))
                    .put("fullStatement", "s");
        }
        CaseImports.importJson(pkg.toString())
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("20001"));
    }

    @Test
    void refusesBodyOverTheSizeLimitWith413() throws IOException {
        // Content-Length over quarkus.http.limits.max-body-size (32M): refused from the headers, before the body
        long length = 33L * 1024 * 1024;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + CaseImports.IMPORT + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\n"
                            + "Connection: close\r\nContent-Type: application/json\r\nContent-Length: " + length
                            + "\r\n\r\n{\"CFDocument\": ")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = responseOf(socket);
            System.out.println("over-large body: " + response);
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("application/problem+json").contains("\"status\":413");
        }
    }

    /** What the server answered until it closed the connection or went quiet for a second. */
    private static String responseOf(Socket socket) throws IOException {
        socket.setSoTimeout(1_000);
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            // the answer is complete; the server keeps or drops the connection
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFailingWriteLeavesNothingBehind() {
        // valid to the reader, refused by the database (numeric out of range) after the framework row was written
        ObjectNode pkg = valid();
        pkg.putArray("CFRubrics")
                .addObject()
                .put("identifier", "f0000000-0000-4000-8000-000000000001")
                .putArray("CFRubricCriteria")
                .addObject()
                .put("identifier", "f0000000-0000-4000-8000-000000000002")
                .put("weight", "1e200000");
        CaseImports.importJson(pkg.toString())
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("out of range"));
    }
}
