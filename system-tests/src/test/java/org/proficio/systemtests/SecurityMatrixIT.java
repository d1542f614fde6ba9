package org.proficio.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.proficio.systemtests.Callers.Caller;
import org.proficio.systemtests.World.Party;

/**
 * The access rules of every operation of the merged OpenAPI, generated from the document itself (issue 9): each
 * operation is called with no token, an expired token, a token of another client, as each role of district demo
 * (on its own objects; a student and a guardian also on another learner's, an integration without
 * {@code evidence:read-all} on another integration's evidence), and as the users of district north on demo's
 * objects. Each answer must be what the operation's declared roles and the object's owner make due (401, 403 or
 * 404, problem+json), never a 5xx, and never carry an id or a text of a party the caller may not see. The last test
 * fails when an operation of the document was not exercised, so new operations are covered without a list.
 *
 * <p>Writes are only ever called where they must be refused: a role may not call them, or the object is another
 * learner's, integration's or district's. What the allowed roles may do with their own objects is tested by each
 * service and by the other end-to-end tests.
 */
class SecurityMatrixIT {

    private static final String ROLE_REFUSAL = "Your role does not allow this.";

    static ApiDocument api;
    static World world;
    static Requests requests;
    static List<Caller> callers;

    private static final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> casesByCaller = new ConcurrentHashMap<>();
    private static final AtomicInteger cases = new AtomicInteger();
    private static final AtomicInteger madeUpIds = new AtomicInteger();
    private static final Set<String> madeUpOperations = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void world() {
        api = ApiDocument.fetch();
        world = World.shared();
        requests = new Requests(api, world);
        callers = Callers.all();
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAsEveryCaller() {
        Stream<DynamicNode> operations =
                api.operations().stream().map(operation -> dynamicContainer(operation.key(), cases(operation)));
        return Stream.concat(
                operations,
                Stream.of(dynamicTest("every operation of the OpenAPI document was exercised", this::allExercised)));
    }

    private Stream<DynamicNode> cases(ApiDocument.Operation operation) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Caller caller : callers) {
            for (Expectation expectation : expectations(operation, caller)) {
                nodes.add(dynamicTest(
                        caller + " on " + expectation.target() + "'s objects: " + expectation.due(),
                        () -> check(operation, caller, expectation)));
            }
        }
        return nodes.stream();
    }

    /** What to call an operation with as a caller, and what is due. */
    private static List<Expectation> expectations(ApiDocument.Operation operation, Caller caller) {
        if (caller.unauthenticated()) {
            return List.of(new Expectation(Party.DEMO, Due.UNAUTHENTICATED));
        }
        if (!caller.mayCall(operation)) {
            return List.of(new Expectation(caller.kind() == Callers.Kind.NORTH ? Party.NORTH : Party.DEMO, Due.ROLE));
        }
        List<Expectation> due = new ArrayList<>();
        if (caller.kind() == Callers.Kind.NORTH) {
            if (addressesObjects(operation)) {
                due.add(new Expectation(Party.DEMO, Due.NOT_FOUND));
            } else if (operation.safe()) {
                due.add(new Expectation(Party.DEMO, Due.NOTHING_HIDDEN));
            }
            return due;
        }
        if (operation.safe()) {
            due.add(new Expectation(Party.DEMO, Due.NOTHING_HIDDEN));
        }
        if ((caller.role().equals("student") || caller.role().equals("guardian")) && concernsALearner(operation)) {
            due.add(new Expectation(Party.OTHER_LEARNER, Due.NOT_FOUND));
        }
        if (caller.role().equals("integration") && operation.collectionsOfPath().contains("evidence")) {
            due.add(new Expectation(Party.OTHER_INTEGRATION, Due.NOT_FOUND));
        }
        return due;
    }

    /**
     * Path parameters that name objects (learner ids, school ids and rater names are names in the caller's own
     * district: another district's caller names its own learner, school or rater by the same string).
     */
    private static boolean addressesObjects(ApiDocument.Operation operation) {
        return operation.pathNames().stream()
                .anyMatch(name -> !name.equals("learnerId") && !name.equals("schoolId") && !name.equals("rater"));
    }

    /** The request is about a learner: her path, her objects, or her id in the query or body. */
    private static boolean concernsALearner(ApiDocument.Operation operation) {
        return operation.pathNames().contains("learnerId")
                || operation.collectionsOfPath().contains("evidence")
                || operation.collectionsOfPath().contains("interventions")
                || operation.in("query").stream().anyMatch(p -> p.name().equals("learnerId"))
                || (operation.body() != null
                        && operation.body().schema().toString().contains("\"learnerId\""));
    }

    private void check(ApiDocument.Operation operation, Caller caller, Expectation expectation) {
        Requests.Call call = requests.about(operation, expectation.target());
        Response response = call.send(caller.token());
        exercised.add(operation.key());
        cases.incrementAndGet();
        casesByCaller.computeIfAbsent(caller.name(), c -> new AtomicInteger()).incrementAndGet();
        if (call.madeUp()) {
            madeUpIds.incrementAndGet();
            madeUpOperations.add(operation.key());
        }
        int status = response.statusCode();
        String body = response.asString();
        String what = caller + " " + call + " answered " + status + " " + body;
        assertThat(status).as(what).isLessThan(500);
        switch (expectation.due()) {
            case UNAUTHENTICATED -> assertProblem(response, what, 401);
            case ROLE -> assertProblem(response, what, 403);
            case NOT_FOUND -> {
                // An object by id is 404 whether it exists or not (no existence oracle); a learner the caller may
                // not see is refused from the token alone, 403 or 404 alike for any learner id.
                if (addressesObjects(operation) && !operation.pathNames().contains("learnerId")) {
                    assertProblem(response, what, 404);
                } else {
                    assertThat(status).as(what).isIn(403, 404);
                    assertProblem(response, what, status);
                }
            }
            case NOTHING_HIDDEN -> {
                assertThat(status).as(what).isNotEqualTo(401);
                if (status == 403) {
                    assertThat(body).as(what + ": a declared role was refused").doesNotContain(ROLE_REFUSAL);
                }
            }
        }
        Set<String> hidden = world.secretsOf(hiddenFrom(caller));
        String sent = call.sent();
        List<String> leaked = hidden.stream()
                .filter(secret -> body.contains(secret) && !sent.contains(secret))
                .toList();
        assertThat(leaked)
                .as(what + ": carries data of a party " + caller + " may not see")
                .isEmpty();
    }

    private static void assertProblem(Response response, String what, int status) {
        assertThat(response.statusCode()).as(what).isEqualTo(status);
        if (response.contentType().startsWith("application/json")
                && response.jsonPath().get("imsx_codeMajor") != null) {
            return; // the CASE API answers in its standard's imsx_StatusInfo
        }
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(what).isEqualTo(status);
        assertThat(response.jsonPath().getString("requestId")).as(what).isNotBlank();
    }

    /** Whose objects a caller may not see. */
    private static Set<Party> hiddenFrom(Caller caller) {
        if (caller.unauthenticated()) {
            return EnumSet.allOf(Party.class);
        }
        if (caller.kind() == Callers.Kind.NORTH) {
            return EnumSet.of(Party.DEMO, Party.OTHER_LEARNER, Party.OTHER_INTEGRATION);
        }
        return switch (caller.role()) {
            case "student", "guardian" -> EnumSet.of(Party.NORTH, Party.OTHER_LEARNER, Party.OTHER_INTEGRATION);
            case "integration" -> EnumSet.of(Party.NORTH, Party.OTHER_INTEGRATION);
            default -> EnumSet.of(Party.NORTH);
        };
    }

    private void allExercised() throws IOException {
        List<String> all =
                api.operations().stream().map(ApiDocument.Operation::key).toList();
        assertThat(exercised).as("operations never called").containsAll(all);
        Map<String, Integer> byCaller = new TreeMap<>();
        casesByCaller.forEach((caller, count) -> byCaller.put(caller, count.get()));
        StringBuilder report = new StringBuilder()
                .append("operations: ")
                .append(all.size())
                .append("\ncases: ")
                .append(cases.get())
                .append("\ncases with a made-up id (no object of that kind in the world): ")
                .append(madeUpIds.get())
                .append(" (")
                .append(String.join(", ", new java.util.TreeSet<>(madeUpOperations)))
                .append(")\nleaks: 0\n5xx: 0\n");
        byCaller.forEach((caller, count) ->
                report.append("  ").append(caller).append(": ").append(count).append('\n'));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("security-matrix.txt"), report.toString());
        System.out.println("Security matrix\n" + report);
    }

    enum Due {
        UNAUTHENTICATED("401"),
        ROLE("403, the role may not"),
        NOT_FOUND("404 for an object, 403 or 404 for a learner: not theirs"),
        NOTHING_HIDDEN("answered, nothing hidden in it");

        private final String text;

        Due(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    record Expectation(Party target, Due due) {}
}
