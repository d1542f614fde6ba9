package org.proficio.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.proficio.systemtests.World.Party;

/**
 * Turns an operation of the document into a concrete request about one party's objects: path parameters filled
 * with the world's ids (by name, else by the collection they follow), the query parameters that select a learner or
 * an assessment, an Idempotency-Key where one is taken, and a body made from the schema.
 */
final class Requests {

    /** Path parameter names that name an object of a collection other than the path segment before them. */
    private static final Map<String, String> COLLECTION_OF_PARAMETER = Map.of(
            "competencyId", "competencies",
            "frameworkId", "frameworks",
            "rubricId", "rubrics",
            "resourceId", "resources",
            "prerequisiteId", "prerequisites",
            "assessmentId", "assessments",
            "rater", "raters");

    private final ApiDocument api;
    private final World world;

    Requests(ApiDocument api, World world) {
        this.api = api;
        this.world = world;
    }

    /** A request of the operation about the party's objects; {@link Call#madeUp()} says if an id had to be made up. */
    Call about(ApiDocument.Operation operation, Party party) {
        String learner = learnerOf(party);
        boolean[] madeUp = {false};
        String path = operation.path();
        for (String name : operation.pathNames()) {
            String value = name.equals("learnerId")
                    ? learner
                    : world.id(party, COLLECTION_OF_PARAMETER.getOrDefault(name, operation.collectionOf(name)))
                            .orElseGet(() -> {
                                madeUp[0] = true;
                                return UUID.randomUUID().toString();
                            });
            path = path.replace("{" + name + "}", value);
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (ApiDocument.Parameter parameter : operation.in("query")) {
            if (parameter.name().equals("learnerId")) {
                query.put(parameter.name(), learner);
            } else if (parameter.name().equals("assessmentId")) {
                query.put(
                        parameter.name(),
                        world.id(party, "assessments").orElse(UUID.randomUUID().toString()));
            } else if (parameter.required()) {
                query.put(parameter.name(), bodies(learner).parameter(parameter));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (ApiDocument.Parameter parameter : operation.in("header")) {
            if (parameter.name().equalsIgnoreCase("Idempotency-Key")) {
                headers.put(parameter.name(), "matrix-" + UUID.randomUUID());
            } else if (parameter.required()) {
                headers.put(parameter.name(), bodies(learner).parameter(parameter));
            }
        }
        JsonNode body = operation.body() == null ? null : bodies(learner).body(operation.body());
        return new Call(operation, path, false, query, headers, body, null, madeUp[0]);
    }

    Bodies bodies(String learner) {
        Function<String, String> learnerIds = example -> learner;
        return new Bodies(api, learnerIds);
    }

    static String learnerOf(Party party) {
        return switch (party) {
            case DEMO -> Callers.DEMO_LEARNER;
            case OTHER_LEARNER, OTHER_INTEGRATION -> Callers.OTHER_LEARNER;
            case NORTH -> Callers.NORTH_LEARNER;
        };
    }

    /**
     * One concrete request.
     *
     * @param pathEncoded whether the path is already percent-encoded (sent as is)
     * @param rawBody a body sent as these exact characters instead of {@code body} (malformed on purpose)
     */
    record Call(
            ApiDocument.Operation operation,
            String path,
            boolean pathEncoded,
            Map<String, String> query,
            Map<String, String> headers,
            JsonNode body,
            String rawBody,
            boolean madeUp) {

        Call withBody(String raw) {
            return new Call(operation, path, pathEncoded, query, headers, body, raw, madeUp);
        }

        Call withQuery(Map<String, String> otherQuery) {
            return new Call(operation, path, pathEncoded, Map.copyOf(otherQuery), headers, body, rawBody, madeUp);
        }

        Call withEncodedPath(String encoded) {
            return new Call(operation, encoded, true, query, headers, body, rawBody, madeUp);
        }

        Response send(String token) {
            RequestSpecification request = given().baseUri(Platform.GATEWAY).urlEncodingEnabled(!pathEncoded);
            if (token != null) {
                request.auth().oauth2(token);
            }
            if (pathEncoded) {
                query.forEach((name, value) -> request.queryParam(name, Platform.encode(value)));
            } else {
                query.forEach(request::queryParam);
            }
            headers.forEach(request::header);
            if (rawBody != null) {
                request.contentType(operation.body().mediaType());
                withBody(request, rawBody);
            } else if (body != null) {
                request.contentType(operation.body().mediaType());
                withBody(request, body.isTextual() && !operation.body().json() ? body.textValue() : body.toString());
            }
            return request.request(operation.method(), path);
        }

        /** The body as text for JSON, text and forms, as its UTF-8 bytes for binary media types (a zip). */
        private void withBody(RequestSpecification request, String text) {
            String type = operation.body().mediaType();
            boolean binary = !operation.body().json()
                    && !type.startsWith("text/")
                    && !type.startsWith("multipart/")
                    && !type.equals("application/x-www-form-urlencoded");
            if (binary) {
                request.body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                request.body(text);
            }
        }

        /** Everything the request itself says: an answer may repeat it without leaking. */
        String sent() {
            List<String> parts = new ArrayList<>(List.of(path));
            parts.addAll(query.values());
            if (body != null) {
                parts.add(body.toString());
            }
            return String.join(" ", parts);
        }

        @Override
        public String toString() {
            return operation.method() + " " + path + (query.isEmpty() ? "" : " " + query);
        }
    }
}
