package org.proficio.competency.casepackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.proficio.devstack.KafkaTestResource;
import org.proficio.devstack.PostgresTestResource;

/**
 * Import and export of a generated 2,000-item package through HTTP, timed after warm-up. Not run by default: {@code
 * ./mvnw -pl competency-service verify -Dbenchmark -Dtest=CaseBenchmark} (the {@code benchmark} profile of the
 * module's pom). Prints median and p95; fails only when the medians miss the targets (import 5 s, export 1 s).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
class CaseBenchmark {

    private static final int DOMAINS = 20;
    private static final int STANDARDS = 9;
    private static final int TARGETS = 10;
    private static final int WARM_UP = 3;
    private static final int RUNS = 10;
    private static final String BASE = "https://standards.example.org/ims/case/v1p0/";

    /**
     * A 3-level package: 20 domains x 9 standards x 10 learning targets = 2,000 items, each with its isChildOf, and a
     * precedes chain through the first five targets of each standard (720 more associations).
     */
    static ObjectNode generated(String documentId) {
        ObjectNode pkg = CasePackages.JSON.createObjectNode();
        String stamp = "2024-09-01T08:00:00+00:00";
        ObjectNode doc = pkg.putObject("CFDocument")
                .put("identifier", documentId)
                .put("uri", BASE + "CFDocuments/" + documentId)
                .put("creator", "Benchmark State")
                .put("title", "Generated mathematics framework")
                .put("lastChangeDateTime", stamp)
                .put("language", "en")
                .put("version", "1.0");
        doc.putArray("subject").add("Mathematics");
        ArrayNode items = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        int n = 0;
        for (int d = 1; d <= DOMAINS; d++) {
            String domain = item(items, documentId, n++, "M." + d, "Domain", "Domain " + d + " of the framework");
            childOf(associations, n, domain, documentId, d);
            for (int s = 1; s <= STANDARDS; s++) {
                String code = "M." + d + "." + s;
                String standard = item(
                        items,
                        documentId,
                        n++,
                        code,
                        "Standard",
                        "Standard " + code + ": reason with"
                                + " quantities and relationships, and explain the reasoning to others.");
                childOf(associations, n, standard, domain, s);
                String previous = null;
                for (int t = 1; t <= TARGETS; t++) {
                    String target = item(
                            items,
                            documentId,
                            n++,
                            code + "." + t,
                            "Learning Target",
                            "I can solve" + " problem " + t + " of " + code
                                    + " and <em>justify</em> each step in writing.");
                    childOf(associations, n, target, standard, t);
                    if (previous != null && t <= TARGETS / 2) {
                        association(associations, "p" + n, "precedes", previous, target, null);
                    }
                    previous = target;
                }
            }
        }
        return pkg;
    }

    private static String item(ArrayNode items, String doc, int n, String code, String type, String statement) {
        String id = UUID.nameUUIDFromBytes((doc + "/item/" + n).getBytes()).toString();
        ObjectNode item = items.addObject()
                .put("identifier", id)
                .put("uri", BASE + "CFItems/" + id)
                .put("fullStatement", statement)
                .put("humanCodingScheme", code)
                .put("CFItemType", type)
                .put("language", "en")
                .put("lastChangeDateTime", "2024-09-01T08:00:00+00:00");
        item.putArray("educationLevel").add("07").add("08");
        return id;
    }

    private static void childOf(ArrayNode associations, int n, String child, String parent, int sequence) {
        association(associations, "c" + n, "isChildOf", child, parent, sequence);
    }

    private static void association(
            ArrayNode associations, String key, String type, String origin, String destination, Integer sequence) {
        String id =
                UUID.nameUUIDFromBytes((origin + key + destination).getBytes()).toString();
        ObjectNode a = associations
                .addObject()
                .put("identifier", id)
                .put("uri", BASE + "CFAssociations/" + id)
                .put("associationType", type)
                .put("lastChangeDateTime", "2024-09-01T08:00:00+00:00");
        if (sequence != null) {
            a.put("sequenceNumber", sequence);
        }
        a.putObject("originNodeURI").put("title", "").put("identifier", origin).put("uri", BASE + "CFItems/" + origin);
        a.putObject("destinationNodeURI")
                .put("title", "")
                .put("identifier", destination)
                .put("uri", BASE + "CFItems/" + destination);
    }

    /** Plain JDK client: REST Assured's own handling of megabyte bodies would dominate the timings. */
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI server;

    private void post(String body, int status) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(CaseImports.IMPORT))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        assertThat(send(request).statusCode()).isEqualTo(status);
    }

    private void get(String frameworkId) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/frameworks/" + frameworkId + "/case"))
                .GET()
                .build();
        HttpResponse<byte[]> response = send(request);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length).isGreaterThan(1_000_000);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long timeMillis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String summary(String what, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        return String.format(
                "%-40s runs %2d  median %5d ms  p95 %5d ms  min %5d ms  max %5d ms",
                what, sorted.size(), median, p95, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> measure(Supplier<Runnable> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get().run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(timeMillis(call.get()));
        }
        return times;
    }

    @Test
    @TestSecurity(user = "admin", roles = "district-admin")
    @OidcSecurity(claims = @Claim(key = "district", value = "case-benchmark"))
    void importAndExportOf2000Items() {
        List<Long> creates = measure(() -> {
            String body = generated(UUID.randomUUID().toString()).toString();
            return () -> post(body, 201);
        });

        String document = UUID.randomUUID().toString();
        String body = generated(document).toString();
        String id = CaseImports.importJson(body).statusCode(201).extract().path("frameworkId");
        List<Long> updates = measure(() -> () -> post(body, 201));
        List<Long> exports = measure(() -> () -> get(id));

        ObjectNode exported;
        try {
            exported = (ObjectNode) CasePackages.JSON.readTree(
                    CaseImports.export(id).statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int items = DOMAINS + DOMAINS * STANDARDS + DOMAINS * STANDARDS * TARGETS;
        assertThat(exported.get("CFItems")).hasSize(items);
        assertThat(exported.get("CFAssociations")).hasSize(items + DOMAINS * STANDARDS * (TARGETS / 2 - 1));

        System.out.printf(
                "%nCASE benchmark: %d items, %d associations, %d KB of JSON, %d cores%n",
                exported.get("CFItems").size(),
                exported.get("CFAssociations").size(),
                body.length() / 1024,
                Runtime.getRuntime().availableProcessors());
        System.out.println(summary("import, new framework (CREATED)", creates));
        System.out.println(summary("import, same package again (UPDATED)", updates));
        System.out.println(summary("export (GET .../case)", exports));
        assertThat(median(creates)).as("import median, ms").isLessThan(5_000);
        assertThat(median(exports)).as("export median, ms").isLessThan(1_000);
    }
}
