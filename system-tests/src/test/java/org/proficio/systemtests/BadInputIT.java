package org.proficio.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.proficio.systemtests.World.Party;

/**
 * Bad input for every operation of the merged OpenAPI that takes a body or parameters, generated from the document
 * with jqwik (issue 9): malformed JSON, text after the JSON, wrong types, missing required fields, nulls, unknown
 * enum values, malformed UUIDs, the NUL character, 1 MB strings, deep nesting and bodies over the route's limit,
 * each sent by a caller whose role may call the operation, about its own district's real objects. Every one must be
 * refused with a 4xx problem+json, never a 5xx, and write nothing: the row counts of all four databases are the same
 * after each operation's cases as before. The last check fails when an operation with inputs was not exercised.
 */
class BadInputIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int ONE_MB = 1024 * 1024;

    static ApiDocument api;
    static Requests requests;
    static RowCounts rows;
    static Map<String, String> tokensByRole;

    private static final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> casesByKind = new ConcurrentHashMap<>();

    @BeforeContainer
    static void world() {
        api = ApiDocument.fetch();
        requests = new Requests(api, World.shared());
        rows = RowCounts.ofStack();
        tokensByRole = Map.of(
                "district-admin", Platform.userToken("admin"),
                "educator", Platform.userToken("teacher"),
                "integration", Platform.integrationToken(),
                "student", Platform.userToken("student1"),
                "guardian", Platform.userToken("guardian1"));
        rows.settled(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(90));
    }

    @Property(tries = 3)
    void malformedJsonIsRefused(@ForAll("cutAt") double cut) {
        forEach("malformed JSON", op -> jsonBody(op), (op, call) -> {
            String whole = call.body().toString();
            int at = Math.max(1, Math.min(whole.length() - 1, (int) (whole.length() * cut)));
            return send(op, call, whole.substring(0, at));
        });
    }

    @Property(tries = 3)
    void textAfterTheJsonIsRefused(@ForAll("tails") String tail) {
        forEach("text after the JSON", op -> jsonBody(op), (op, call) -> send(op, call, call.body() + tail));
    }

    @Property(tries = 3)
    void wrongTypesAreRefused(@ForAll @IntRange(min = 0, max = 1000) int pick) {
        forEach("wrong type", op -> !properties(op).isEmpty(), (op, call) -> {
            List<String> names = properties(op);
            String name = names.get(pick % names.size());
            ObjectNode body = ((ObjectNode) call.body()).deepCopy();
            body.set(name, wrongType(propertySchema(op, name)));
            return send(op, call, body.toString());
        });
    }

    @Example
    void missingRequiredFieldsAreRefused() {
        forEachRequired("missing required field", (body, name) -> body.remove(name));
    }

    @Example
    void nullsForRequiredFieldsAreRefused() {
        forEachRequired("null for a required field", (body, name) -> body.putNull(name));
    }

    @Property(tries = 3)
    void unknownEnumValuesAreRefused(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String suffix) {
        String unknown = "ZZ_UNKNOWN_" + suffix;
        forEach("unknown enum value", op -> !propertiesWhere(op, this::isEnum).isEmpty(), (op, call) -> {
            ObjectNode body = ((ObjectNode) call.body()).deepCopy();
            propertiesWhere(op, this::isEnum).forEach(name -> body.put(name, unknown));
            return send(op, call, body.toString());
        });
        forEach(
                "unknown enum value (query)",
                op -> !queryWhere(op, this::isEnum).isEmpty(),
                (op, call) -> {
                    Map<String, String> query = new TreeMap<>(call.query());
                    queryWhere(op, this::isEnum).forEach(name -> query.put(name, unknown));
                    return sendWithQuery(op, call, query);
                });
    }

    @Property(tries = 3)
    void malformedUuidsAreRefused(@ForAll("notUuids") String notUuid) {
        forEach("malformed UUID", op -> !propertiesWhere(op, this::isUuid).isEmpty(), (op, call) -> {
            ObjectNode body = ((ObjectNode) call.body()).deepCopy();
            propertiesWhere(op, this::isUuid).forEach(name -> body.put(name, notUuid));
            return send(op, call, body.toString());
        });
        forEach(
                "malformed UUID (path)",
                op -> !objectPathParameters(op).isEmpty(),
                (op, call) -> sendToPath(
                        op, call, replacePathValues(op, call, objectPathParameters(op), Platform.encode(notUuid))));
    }

    @Property(tries = 3)
    void theNulCharacterIsRefused(
            @ForAll @AlphaChars @StringLength(max = 8) String before,
            @ForAll @AlphaChars @StringLength(max = 8) String after) {
        String nul = before + '\u0000' + after;
        forEach("NUL in a text field", op -> !propertiesWhere(op, this::isText).isEmpty(), (op, call) -> {
            ObjectNode body = ((ObjectNode) call.body()).deepCopy();
            body.put(propertiesWhere(op, this::isText).get(0), nul);
            return send(op, call, body.toString());
        });
        forEach(
                "NUL in a text body",
                op -> op.body() != null && !op.body().json(),
                (op, call) -> send(op, call, call.body().asText() + nul));
        forEach(
                "NUL in a path",
                op -> !textPathParameters(op).isEmpty(),
                (op, call) -> sendToPath(
                        op,
                        call,
                        replacePathValues(op, call, textPathParameters(op).subList(0, 1), Platform.encode(nul))));
        forEach("NUL in a query", op -> !op.in("query").isEmpty(), (op, call) -> {
            Map<String, String> query = new TreeMap<>(call.query());
            query.put(op.in("query").get(0).name(), nul);
            return sendWithQuery(op, call, query);
        });
    }

    @Example
    void oneMegabyteStringsAreRefused() {
        String huge = "x".repeat(ONE_MB);
        forEach("1 MB string", op -> !propertiesWhere(op, this::isBoundedText).isEmpty(), (op, call) -> {
            ObjectNode body = ((ObjectNode) call.body()).deepCopy();
            body.put(propertiesWhere(op, this::isBoundedText).get(0), huge);
            return send(op, call, body.toString());
        });
    }

    @Property(tries = 2)
    void deepNestingIsRefused(@ForAll @IntRange(min = 1_001, max = 20_000) int depth) {
        forEach(
                "deep nesting",
                op -> jsonBody(op),
                (op, call) -> send(op, call, "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
    }

    @Property(tries = 2)
    void bodiesOverTheRoutesLimitAreRefused(@ForAll @IntRange(min = 1, max = 4096) int over) {
        forEach("body over the route's limit", op -> op.body() != null, (op, call) -> oversized(op, call, over));
    }

    @AfterContainer
    static void closeRowCounts() {
        if (rows != null) {
            rows.close();
        }
    }

    @AfterContainer
    static void everyOperationWithInputsWasExercised() throws IOException {
        List<String> withInputs = api.operations().stream()
                .filter(ApiDocument.Operation::hasInputs)
                .map(ApiDocument.Operation::key)
                .toList();
        StringBuilder report = new StringBuilder()
                .append("operations with a body or parameters: ")
                .append(withInputs.size())
                .append("\ncases: ")
                .append(casesByKind.values().stream()
                        .mapToInt(AtomicInteger::get)
                        .sum())
                .append("\ntables whose row counts are compared around each operation's cases: ")
                .append(rows.now().size())
                .append('\n');
        new TreeMap<>(casesByKind)
                .forEach((kind, count) -> report.append("  ")
                        .append(kind)
                        .append(": ")
                        .append(count.get())
                        .append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bad-input.txt"), report.toString());
        System.out.println("Bad input\n" + report);
        assertThat(exercised).as("operations with inputs never sent bad input").containsAll(withInputs);
    }

    // --- the loop: every operation a case applies to, as a caller allowed to call it, rows counted around it ---

    private interface Mutation {
        Answer send(ApiDocument.Operation op, Requests.Call base);
    }

    record Answer(int status, String contentType, String body) {}

    private void forEach(String kind, java.util.function.Predicate<ApiDocument.Operation> applies, Mutation mutation) {
        for (ApiDocument.Operation op : api.operations()) {
            String token = tokenFor(op);
            if (token == null || !applies.test(op)) {
                continue;
            }
            Map<String, Long> before = rows.now();
            String what = refused(kind, op, mutation.send(op, requests.about(op, Party.DEMO)));
            Map<String, String> written = RowCounts.differences(before, rows.now());
            if (!written.isEmpty()) {
                // Events of earlier requests are consumed in the background (read models, progress): once things
                // are quiet, the same case again. A write the refused request made itself happens again.
                before = rows.settled(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(90));
                what = refused(kind, op, mutation.send(op, requests.about(op, Party.DEMO)));
                written = RowCounts.differences(before, rows.now());
            }
            assertThat(written).as(what + ": written although refused").isEmpty();
            exercised.add(op.key());
            casesByKind.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Asserts the answer is a refusal as due; returns the case's description. */
    private static String refused(String kind, ApiDocument.Operation op, Answer answer) {
        String what = kind + ": " + op.key() + " answered " + answer.status() + " " + abbreviated(answer.body());
        assertThat(answer.status()).as(what).isBetween(400, 499);
        if (!answer.contentType().startsWith("application/json")
                || !answer.body().contains("imsx_codeMajor")) {
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
            assertThat(answer.body()).as(what).contains("\"requestId\"");
        }
        return what;
    }

    private void forEachRequired(String kind, java.util.function.BiConsumer<ObjectNode, String> change) {
        forEach(kind, op -> !required(op).isEmpty(), (op, call) -> {
            Answer last = null;
            for (String name : required(op)) {
                ObjectNode body = ((ObjectNode) call.body()).deepCopy();
                change.accept(body, name);
                Answer answer = send(op, call, body.toString());
                if (answer.status() < 400 || answer.status() > 499) {
                    return answer;
                }
                last = answer;
            }
            return last;
        });
    }

    private static String tokenFor(ApiDocument.Operation op) {
        for (String role : List.of("district-admin", "educator", "integration", "student", "guardian")) {
            if (op.roles().isEmpty() || op.roles().contains(role)) {
                return tokensByRole.get(role);
            }
        }
        return null;
    }

    private Answer send(ApiDocument.Operation op, Requests.Call call, String body) {
        long length = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (length > op.body().maxSize()) {
            // over the route's limit: refused from its headers, so it is announced rather than sent
            return announced(op, call, length);
        }
        return answer(call.withBody(body).send(tokenFor(op)));
    }

    private Answer sendWithQuery(ApiDocument.Operation op, Requests.Call call, Map<String, String> query) {
        return answer(call.withQuery(query).send(tokenFor(op)));
    }

    private Answer sendToPath(ApiDocument.Operation op, Requests.Call call, String encodedPath) {
        return answer(call.withEncodedPath(encodedPath).send(tokenFor(op)));
    }

    private static Answer answer(Response response) {
        return new Answer(response.statusCode(), String.valueOf(response.contentType()), response.asString());
    }

    /**
     * A request announcing a body one route-limit plus {@code over} bytes long (Content-Length, with {@code Expect:
     * 100-continue}), over a plain socket: the gateway must refuse it from its headers, before reading any of it, so
     * none is sent. (The JDK's HTTP client waits forever for a 100 that a refusal never sends.)
     */
    private Answer oversized(ApiDocument.Operation op, Requests.Call call, int over) {
        return announced(op, call, op.body().maxSize() + over);
    }

    private Answer announced(ApiDocument.Operation op, Requests.Call call, long length) {
        Platform.Announced answer = Platform.announce(
                op.method(), call.path(), tokenFor(op), op.body().mediaType(), length);
        return new Answer(answer.status(), answer.contentType(), answer.body());
    }

    // --- reading the schemas ---

    private static boolean jsonBody(ApiDocument.Operation op) {
        return op.body() != null && op.body().json();
    }

    private List<String> properties(ApiDocument.Operation op) {
        if (!jsonBody(op)) {
            return List.of();
        }
        JsonNode schema = api.resolve(op.body().schema());
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private List<String> required(ApiDocument.Operation op) {
        if (!jsonBody(op)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        api.resolve(op.body().schema()).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private JsonNode propertySchema(ApiDocument.Operation op, String name) {
        return api.resolve(api.resolve(op.body().schema()).path("properties").path(name));
    }

    private List<String> propertiesWhere(ApiDocument.Operation op, java.util.function.Predicate<JsonNode> test) {
        return properties(op).stream()
                .filter(name -> test.test(propertySchema(op, name)))
                .toList();
    }

    private List<String> queryWhere(ApiDocument.Operation op, java.util.function.Predicate<JsonNode> test) {
        return op.in("query").stream()
                .filter(p -> test.test(api.resolve(p.schema())))
                .map(ApiDocument.Parameter::name)
                .toList();
    }

    private boolean isEnum(JsonNode schema) {
        return schema.has("enum");
    }

    private boolean isUuid(JsonNode schema) {
        return schema.path("format").asText("").equals("uuid");
    }

    private boolean isText(JsonNode schema) {
        return Bodies.type(schema).equals("string") && !schema.has("enum") && !schema.has("format");
    }

    private boolean isBoundedText(JsonNode schema) {
        return isText(schema) && schema.path("maxLength").asInt(Integer.MAX_VALUE) < ONE_MB;
    }

    private static JsonNode wrongType(JsonNode schema) {
        return switch (Bodies.type(schema)) {
            case "string" -> NODES.numberNode(12345);
            case "integer", "number" -> NODES.textNode("twelve");
            case "boolean" -> NODES.textNode("yes");
            case "array" -> NODES.textNode("not a list");
            default -> NODES.arrayNode().add(1);
        };
    }

    /** Path parameters that are free text: learner ids, school ids, rater names, CASE sourcedIds. */
    private static final Set<String> TEXT_PATH_PARAMETERS = Set.of("learnerId", "schoolId", "rater", "sourcedId");

    /** Path parameters that name objects by id (UUIDs). */
    private static List<String> objectPathParameters(ApiDocument.Operation op) {
        return op.pathNames().stream()
                .filter(name -> !TEXT_PATH_PARAMETERS.contains(name))
                .toList();
    }

    private static List<String> textPathParameters(ApiDocument.Operation op) {
        return op.pathNames().stream().filter(TEXT_PATH_PARAMETERS::contains).toList();
    }

    /** The call's path with these parameters' values replaced by an already-encoded value. */
    private static String replacePathValues(
            ApiDocument.Operation op, Requests.Call call, List<String> names, String encodedValue) {
        String[] template = op.path().split("/");
        String[] actual = call.path().split("/");
        for (int i = 0; i < template.length; i++) {
            for (String name : names) {
                if (template[i].equals("{" + name + "}")) {
                    actual[i] = encodedValue;
                }
            }
        }
        return String.join("/", actual);
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    // --- generators ---

    @Provide
    Arbitrary<Double> cutAt() {
        return Arbitraries.doubles().between(0.05, 0.95);
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.oneOf(
                Arbitraries.of("x", "}", "{}", "[]", "null", "1", "\"x\"", ",{}"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> notUuids() {
        return Arbitraries.oneOf(
                Arbitraries.of("not-a-uuid", "1234", "00000000-0000-0000-0000-00000000000g", "{}"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(35));
    }
}
