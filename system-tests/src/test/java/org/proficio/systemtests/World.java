package org.proficio.systemtests;

import static org.awaitility.Awaitility.await;
import static org.proficio.systemtests.Platform.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Real objects of every kind the API addresses by id, made through the API once per run, for two districts: demo
 * (with objects of learner s-0001, of learner s-0002, and evidence another integration submitted) and north. The
 * security matrix fills path parameters with them and checks that no answer carries an object's id or text to
 * someone who may not see it. Every text is marked with this run's id, so a leak can't be a coincidence.
 */
final class World {

    /** Whose objects. */
    enum Party {
        /** District demo's catalog and learner s-0001. */
        DEMO,
        /** Learner s-0002 of district demo: hidden from student1 and guardian1. */
        OTHER_LEARNER,
        /** Evidence that demo-sis submitted: hidden from demo-lms, which lacks evidence:read-all. */
        OTHER_INTEGRATION,
        /** District north, with learner n-0001: hidden from everyone of demo. */
        NORTH
    }

    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<Party, Map<String, String>> ids = new EnumMap<>(Party.class);
    private final Map<Party, Set<String>> secrets = new EnumMap<>(Party.class);

    private World() {
        for (Party party : Party.values()) {
            ids.put(party, new HashMap<>());
            secrets.put(party, new HashSet<>());
        }
    }

    private static World shared;

    /** The world of this test run, built on first use and shared by the test classes. */
    static synchronized World shared() {
        if (shared == null) {
            shared = build();
        }
        return shared;
    }

    /** Builds both districts' objects through the gateway (about 60 requests and a few seconds of event flow). */
    private static World build() {
        World world = new World();
        String demoAdmin = Platform.userToken("admin");
        String teacher = Platform.userToken("teacher");
        String lms = Platform.integrationToken();
        String sis = Platform.clientToken(Platform.SIS_CLIENT, Platform.SIS_SECRET);
        world.district(Party.DEMO, demoAdmin, teacher, lms, Callers.DEMO_LEARNER, "teacher");
        world.learner(Party.DEMO, Party.OTHER_LEARNER, teacher, lms, Callers.OTHER_LEARNER);
        world.otherIntegrationsEvidence(sis);
        String northAdmin = Platform.userToken("north-admin");
        String northTeacher = Platform.userToken("north-teacher");
        String northLms = Platform.clientToken(Platform.NORTH_LMS_CLIENT, Platform.NORTH_LMS_SECRET);
        world.district(Party.NORTH, northAdmin, northTeacher, northLms, Callers.NORTH_LEARNER, "north-teacher");
        world.awaitInterventions(teacher, Party.DEMO, Callers.DEMO_LEARNER);
        world.awaitInterventions(teacher, Party.OTHER_LEARNER, Callers.OTHER_LEARNER);
        world.awaitInterventions(northTeacher, Party.NORTH, Callers.NORTH_LEARNER);
        return world;
    }

    /** The id of a party's object of a collection (the path segment before the parameter), if the world has one. */
    Optional<String> id(Party party, String collection) {
        String own = ids.get(party).get(collection);
        if (own != null) {
            return Optional.of(own);
        }
        // Another learner's or integration's objects are the demo district's, but for their own kinds.
        return party == Party.NORTH
                ? Optional.empty()
                : Optional.ofNullable(ids.get(Party.DEMO).get(collection));
    }

    /** Ids and texts of these parties, which must not appear in an answer to someone who may not see them. */
    Set<String> secretsOf(Set<Party> parties) {
        Set<String> all = new HashSet<>();
        parties.forEach(party -> all.addAll(secrets.get(party)));
        return all;
    }

    private String marker(Party party, String what) {
        String text = "zz-" + party.name().toLowerCase().replace('_', '-') + "-" + what + "-" + run;
        secrets.get(party).add(text);
        return text;
    }

    private void keep(Party party, String collection, String id) {
        ids.get(party).put(collection, id);
        secrets.get(party).add(id);
    }

    private void district(Party party, String admin, String teacher, String lms, String learner, String rater) {
        JsonPath framework = created(as(admin)
                .body(Map.of(
                        "title", marker(party, "framework"),
                        "subject", "Mathematics",
                        "competencies",
                                List.of(
                                        Map.of("code", "M.1", "statement", marker(party, "competency-1")),
                                        Map.of("code", "M.2", "statement", marker(party, "competency-2")))))
                .post("/api/v1/frameworks"));
        String frameworkId = framework.getString("id");
        String c1 = framework.getString("competencies[0].id");
        String c2 = framework.getString("competencies[1].id");
        // prerequisites and rubrics change only in a draft
        ok(as(admin).body(Map.of("prerequisiteId", c2)).post("/api/v1/competencies/" + c1 + "/prerequisites"));
        keep(party, "frameworks", frameworkId);
        keep(party, "competencies", c1);
        keep(party, "prerequisites", c2);
        keep(
                party,
                "rubrics",
                created(as(admin)
                                .body(Map.of(
                                        "title",
                                        marker(party, "rubric"),
                                        "criteria",
                                        List.of(Map.of(
                                                "competencyId",
                                                c1,
                                                "levels",
                                                List.of(Map.of(
                                                        "scaleLevel",
                                                        "proficient",
                                                        "description",
                                                        marker(party, "descriptor")))))))
                                .post("/api/v1/frameworks/" + frameworkId + "/rubrics"))
                        .getString("id"));
        ok(as(admin).post("/api/v1/frameworks/" + frameworkId + "/publish"));
        keep(
                party,
                "resources",
                created(as(teacher)
                                .body(Map.of(
                                        "title",
                                        marker(party, "resource"),
                                        "link",
                                        "https://example.org/" + run,
                                        "modality",
                                        "VIDEO",
                                        "expectedMinutes",
                                        15))
                                .post("/api/v1/competencies/" + c1 + "/resources"))
                        .getString("id"));
        keep(
                party,
                "courses",
                created(as(admin)
                                .body(Map.of(
                                        "code",
                                        "C-" + run,
                                        "title",
                                        marker(party, "course"),
                                        "credits",
                                        1,
                                        "competencyIds",
                                        List.of(c1, c2)))
                                .post("/api/v1/courses"))
                        .getString("id"));
        keep(
                party,
                "pathways",
                created(as(admin)
                                .body(Map.of("name", marker(party, "pathway"), "diploma", "Standard", "minCredits", 1))
                                .post("/api/v1/pathways"))
                        .getString("id"));
        keep(
                party,
                "scales",
                created(as(admin)
                                .body(Map.of(
                                        "name", marker(party, "scale"),
                                        "levels",
                                                List.of(
                                                        Map.of("code", "low", "label", "Low", "score", 1),
                                                        Map.of(
                                                                "code",
                                                                "high",
                                                                "label",
                                                                "High",
                                                                "score",
                                                                2,
                                                                "proficient",
                                                                true))))
                                .post("/api/v1/scales"))
                        .getString("id"));
        String assessment = awaitAssessment(teacher, party, c1);
        keep(party, "assessments", assessment);
        ids.get(party).put("raters", rater);
        caseIdentifiers(party, admin, frameworkId);
        learner(party, party, teacher, lms, learner);
    }

    /** An assessment scored by two raters, once the catalog event reached assessment-service. */
    private String awaitAssessment(String teacher, Party party, String competency) {
        Map<String, Object> body = Map.of(
                "title", marker(party, "assessment"),
                "kind", "FORMATIVE",
                "modality", "PERFORMANCE_TASK",
                "competencyIds", List.of(competency),
                "calibration", Map.of("ratersRequired", 2));
        return Platform.assessmentOnceTheCatalogHasIt(teacher, body, EVENTUAL);
    }

    /** A learner's evidence (awaiting raters), low scores that open an intervention, preparation, confirmation. */
    private void learner(Party catalog, Party party, String teacher, String lms, String learner) {
        String assessment = ids.get(catalog).get("assessments");
        String competency = ids.get(catalog).get("competencies");
        keep(
                party,
                "evidence",
                created(as(lms).header("Idempotency-Key", "world-" + run + "-" + party)
                                .body(Map.of(
                                        "learnerId",
                                        learner,
                                        "assessmentId",
                                        assessment,
                                        "text",
                                        marker(party, "evidence")))
                                .post("/api/v1/evidence"))
                        .getString("id"));
        for (String level : List.of("beginning", "developing")) {
            created(as(lms).body(Map.of(
                            "learnerId", learner,
                            "competencyId", competency,
                            "level", level,
                            "feedback", marker(party, "feedback-" + level),
                            "assessment",
                                    Map.of(
                                            "title", marker(party, "exit-ticket-" + level),
                                            "kind", "FORMATIVE",
                                            "modality", "SELECTED_RESPONSE")))
                    .post("/api/v1/evidence"));
        }
        created(as(teacher)
                .body(Map.of(
                        "assessmentId", assessment,
                        "activity", marker(party, "preparation"),
                        "completedOn", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/learners/" + learner + "/preparations"));
        created(as(teacher)
                .body(Map.of("assessmentId", assessment, "note", marker(party, "confirmation")))
                .post("/api/v1/learners/" + learner + "/readiness-confirmations"));
        ok(as(teacher)
                .body(Map.of(
                        "account", Map.of("homePage", "https://lms.example.org", "name", marker(party, "lrs-account"))))
                .put("/api/v1/xapi/agents/" + learner));
        ids.get(party).put("learners", learner);
        ids.get(party).put("agents", learner);
    }

    private void otherIntegrationsEvidence(String sis) {
        keep(
                Party.OTHER_INTEGRATION,
                "evidence",
                created(as(sis).header("Idempotency-Key", "world-sis-" + run)
                                .body(Map.of(
                                        "learnerId", Callers.OTHER_LEARNER,
                                        "assessmentId", ids.get(Party.DEMO).get("assessments"),
                                        "text", marker(Party.OTHER_INTEGRATION, "evidence")))
                                .post("/api/v1/evidence"))
                        .getString("id"));
    }

    private void awaitInterventions(String teacher, Party party, String learner) {
        await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<String> found = as(teacher)
                    .get("/api/v1/learners/" + learner + "/interventions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.id", String.class);
            if (found == null || found.isEmpty()) {
                return false;
            }
            keep(party, "interventions", found.get(0));
            return true;
        });
    }

    /** The CASE API's identifiers of the framework, its first item and association, read back from it. */
    private void caseIdentifiers(Party party, String admin, String frameworkId) {
        JsonPath documents = ok(as(admin).get("/ims/case/v1p0/CFDocuments?limit=500"));
        String document = documents.getList("CFDocuments", Map.class).stream()
                .filter(d -> String.valueOf(d.get("title")).equals(secretsTitled(party, "framework")))
                .map(d -> String.valueOf(d.get("identifier")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("framework " + frameworkId + " not in the CASE API"));
        keep(party, "CFDocuments", document);
        keep(party, "CFPackages", document);
        JsonPath cfPackage = ok(as(admin).get("/ims/case/v1p0/CFPackages/" + document));
        String item = cfPackage.getString("CFItems[0].identifier");
        keep(party, "CFItems", item);
        keep(party, "CFItemAssociations", item);
        Optional.ofNullable(cfPackage.getString("CFAssociations[0].identifier"))
                .ifPresent(id -> keep(party, "CFAssociations", id));
        Optional.ofNullable(cfPackage.getString("CFRubrics[0].identifier"))
                .ifPresent(id -> keep(party, "CFRubrics", id));
    }

    private String secretsTitled(Party party, String what) {
        return "zz-" + party.name().toLowerCase().replace('_', '-') + "-" + what + "-" + run;
    }

    private static JsonPath created(Response response) {
        int status = response.statusCode();
        if (status != 201 && status != 200) {
            throw new AssertionError("fixture request refused: " + status + " " + response.asString());
        }
        return response.jsonPath();
    }

    private static JsonPath ok(Response response) {
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new AssertionError("fixture request refused: " + status + " " + response.asString());
        }
        return status == 204 ? new JsonPath("{}") : response.jsonPath();
    }
}
