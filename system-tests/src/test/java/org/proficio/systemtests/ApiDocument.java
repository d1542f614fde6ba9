package org.proficio.systemtests;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merged OpenAPI document the gateway serves, read at test time: every operation with the roles that may call
 * it (its security requirement), its parameters and its request body. The security matrix and the bad-input run
 * take their operations from here and nowhere else, so an operation added later is tested without anyone editing a
 * list.
 */
final class ApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** The extension of a request body naming its route's size limit in bytes. */
    static final String MAX_BODY_SIZE = "x-proficio-max-body-size";

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final JsonNode document;
    private final List<Operation> operations;

    private ApiDocument(JsonNode document) {
        this.document = document;
        this.operations = readOperations();
    }

    /** The document as the gateway serves it now; fails when a service's part is missing from it. */
    static ApiDocument fetch() {
        String body = given().baseUri(Platform.GATEWAY)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            JsonNode document = JSON.readTree(body);
            if (!document.path("x-proficio-missing-services").isEmpty()) {
                throw new AssertionError(
                        "The merged OpenAPI misses services: " + document.path("x-proficio-missing-services"));
            }
            return new ApiDocument(document);
        } catch (java.io.IOException e) {
            throw new AssertionError("The gateway's OpenAPI is not JSON", e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** A schema with its {@code $ref} followed (to any depth), or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new AssertionError("External $ref in the merged OpenAPI: " + ref);
            }
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new AssertionError("Dangling $ref in the merged OpenAPI: " + ref);
            }
            current = target;
        }
        return current;
    }

    private List<Operation> readOperations() {
        List<Operation> found = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    found.add(operation(path.getKey(), op.getKey(), path.getValue(), op.getValue()));
                }
            }
        }
        found.sort(Comparator.comparing(Operation::key));
        return List.copyOf(found);
    }

    private Operation operation(String path, String method, JsonNode pathItem, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode source : List.of(pathItem.path("parameters"), node.path("parameters"))) {
            for (JsonNode p : source) {
                JsonNode parameter = resolve(p);
                parameters.add(new Parameter(
                        parameter.path("name").asText(),
                        parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false),
                        resolve(parameter.path("schema"))));
            }
        }
        Matcher names = PATH_PARAMETER.matcher(path);
        while (names.find()) {
            String name = names.group(1);
            if (parameters.stream()
                    .noneMatch(p -> p.in().equals("path") && p.name().equals(name))) {
                parameters.add(new Parameter(
                        name, "path", true, JSON.createObjectNode().put("type", "string")));
            }
        }
        Body body = null;
        JsonNode content = resolve(node.path("requestBody")).path("content");
        if (content.isObject() && content.size() > 0) {
            String mediaType = content.fieldNames().next();
            JsonNode media = content.get(mediaType);
            JsonNode example = media.has("example")
                    ? media.get("example")
                    : media.path("examples").isObject()
                                    && media.path("examples").size() > 0
                            ? resolve(media.path("examples").elements().next()).path("value")
                            : null;
            JsonNode requestBody = resolve(node.path("requestBody"));
            body = new Body(
                    mediaType,
                    resolve(media.path("schema")),
                    example == null || example.isMissingNode() ? null : example,
                    requestBody.path("required").asBoolean(false),
                    requestBody.path(MAX_BODY_SIZE).asLong(0));
        }
        return new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                node.path("operationId").asText(null),
                roles(node),
                List.copyOf(parameters),
                body);
    }

    /** The roles of the operation's security requirement; empty means any valid token of the realm. */
    private static Set<String> roles(JsonNode operation) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
        }
        return roles;
    }

    /** One operation of the document. */
    record Operation(
            String method, String path, String operationId, Set<String> roles, List<Parameter> parameters, Body body) {

        String key() {
            return method + " " + path;
        }

        /** GET and HEAD change nothing; every other method may. */
        boolean safe() {
            return method.equals("GET") || method.equals("HEAD");
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        boolean hasInputs() {
            return body != null || !parameters.isEmpty();
        }

        /** The path parameter names, in order. */
        List<String> pathNames() {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The segments just before each path parameter ({@code evidence} of {@code /evidence/{id}/scores}). */
        Set<String> collectionsOfPath() {
            Set<String> collections = new LinkedHashSet<>();
            pathNames().forEach(name -> collections.add(collectionOf(name)));
            return collections;
        }

        /** The path segment just before a path parameter: the collection its value belongs to. */
        String collectionOf(String parameter) {
            String[] segments = path.split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + parameter + "}")) {
                    return segments[i - 1];
                }
            }
            return "";
        }

        @Override
        public String toString() {
            return key();
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /**
     * A request body.
     *
     * @param maxSize the largest body the route takes, in bytes ({@value #MAX_BODY_SIZE}, set by the gateway)
     */
    record Body(String mediaType, JsonNode schema, JsonNode example, boolean required, long maxSize) {

        boolean json() {
            return mediaType.contains("json");
        }
    }
}
