package org.proficio.assessment.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.assessment.AssessmentRepository;
import org.proficio.assessment.catalog.Catalog;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.EvidenceIntake;
import org.proficio.assessment.evidence.EvidenceRequests.ArtifactRef;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.assessment.evidence.Submitter;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.assessment.readiness.AttemptRefused;
import org.proficio.assessment.readiness.Denials;
import org.proficio.assessment.xapi.ResultLevels.Placement;
import org.proficio.assessment.xapi.StatementReader.Read;
import org.proficio.assessment.xapi.XapiViews.StatementResult;
import org.proficio.assessment.xapi.XapiViews.StatementsResult;
import org.proficio.assessment.xapi.XapiViews.Status;
import org.proficio.platform.problem.Problem;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Turns xAPI statements into evidence: each statement about an activity that an assessment of the district claims,
 * by an agent that names one of its learners, with a result that can be placed on the framework's scale, becomes a
 * piece of evidence of that assessment through {@link EvidenceIntake} (check, then store). The others are answered
 * with why. All accepted statements of a request are written in one transaction; a rejected one writes nothing of
 * its own (a refused attempt adds its ReadinessDenied event, as every intake does).
 */
@ApplicationScoped
public class XapiService {

    /** Names the operation in Idempotency-Key hashes. */
    static final String OPERATION = "POST /xapi/statements";

    static final String ID_CONFLICT = "statement id already used for a different statement";

    private static final Pattern HTTP_URL = Pattern.compile("https?://\\S+");

    private static final int MAX_ARTIFACT_URL = 2000;
    private static final int MAX_ARTIFACT_TITLE = 300;

    /** Evidence fields as the statement spells them, for reasons that name what the client sent. */
    private static final Map<String, String> XAPI_FIELDS = Map.of(
            "learnerId", "actor (the learner id it maps to)",
            "observedAt", "timestamp",
            "text", "result.response",
            "artifact.url", "object.definition.moreInfo",
            "artifact.title", "object.definition.name",
            "assessmentId", "object.id",
            "level", "result",
            "sourceId", "id",
            "outsideSchool",
                    "outsideSchool (xAPI statements do not carry it: submit such evidence through"
                            + " POST /api/v1/evidence)");

    private final EvidenceIntake intake;
    private final AssessmentRepository assessments;
    private final Catalog catalog;
    private final XapiAgentRepository agents;
    private final XapiStatementRepository statements;
    private final Idempotency idempotency;
    private final Denials denials;
    private final Validator validator;
    private final XapiConfig config;

    public XapiService(
            EvidenceIntake intake,
            AssessmentRepository assessments,
            Catalog catalog,
            XapiAgentRepository agents,
            XapiStatementRepository statements,
            Idempotency idempotency,
            Denials denials,
            Validator validator,
            XapiConfig config) {
        this.intake = intake;
        this.assessments = assessments;
        this.catalog = catalog;
        this.agents = agents;
        this.statements = statements;
        this.idempotency = idempotency;
        this.denials = denials;
        this.validator = validator;
        this.config = config;
    }

    /**
     * Records one statement (a JSON object) or an array of them; with an Idempotency-Key, a repeat of the same
     * request returns the first result.
     *
     * @throws ProblemException 400 when the body is neither a statement nor a non-empty array, 413 above the limit
     */
    @WithTransaction
    public Uni<Idempotent<StatementsResult>> record(@NotNull Submitter who, String idempotencyKey, JsonNode body) {
        List<JsonNode> sent = statements(body);
        return idempotency.once(
                who.district(),
                who.name(),
                idempotencyKey,
                OPERATION,
                body,
                StatementsResult.class,
                () -> process(who, sent));
    }

    private List<JsonNode> statements(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.badRequest("Send one xAPI statement (a JSON object) or an array of statements.");
        }
        if (body.isObject()) {
            return List.of(body);
        }
        if (!body.isArray() || body.isEmpty()) {
            throw ProblemException.badRequest(
                    "Send one xAPI statement (a JSON object) or a non-empty array of statements.");
        }
        if (body.size() > config.maxStatements()) {
            throw new ProblemException(
                    413,
                    "too-many-statements",
                    "Content too large",
                    "At most " + config.maxStatements() + " statements per request; this one has " + body.size()
                            + ". Send them in several requests.",
                    List.of());
        }
        List<JsonNode> list = new ArrayList<>(body.size());
        body.forEach(list::add);
        return list;
    }

    /** What one request has looked up and decided so far. Statements are handled one after the other. */
    private static final class Batch {
        final Submitter who;
        final Map<UUID, XapiStatement> known;
        final Map<String, String> learners;
        final OffsetDateTime receivedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        /** Earlier statements of this request by id, with their comparison hash. */
        final Map<UUID, Map.Entry<String, StatementResult>> seen = new HashMap<>();
        /** Assessments by activity id; null = no assessment claims it. */
        final Map<String, Assessment> assessments = new HashMap<>();
        /** Scales by assessment id; null = its competencies are not published. */
        final Map<UUID, List<ScaledCompetency.Level>> scales = new HashMap<>();

        Batch(Submitter who, Map<UUID, XapiStatement> known, Map<String, String> learners) {
            this.who = who;
            this.known = known;
            this.learners = learners;
        }
    }

    private Uni<StatementsResult> process(Submitter who, List<JsonNode> sent) {
        List<Read> read = sent.stream().map(StatementReader::read).toList();
        Set<UUID> ids = read.stream()
                .filter(r -> r.id() != null && !r.idAssigned())
                .map(Read::id)
                .collect(Collectors.toSet());
        Set<String> ifis = read.stream()
                .filter(r -> r.agent() != null)
                .map(r -> r.agent().key())
                .collect(Collectors.toSet());
        return statements
                .lock(who.district(), ids)
                .chain(() -> statements.known(who.district(), ids))
                .chain(known -> agents.learners(who.district(), ifis).chain(learners -> {
                    Batch batch = new Batch(who, known, learners);
                    return Multi.createFrom()
                            .range(0, read.size())
                            .onItem()
                            .transformToUniAndConcatenate(i -> one(batch, i, read.get(i))
                                    .invoke(result -> {
                                        if (result.statementId() != null) {
                                            batch.seen.putIfAbsent(
                                                    result.statementId(),
                                                    Map.entry(read.get(i).hash(), result));
                                        }
                                    }))
                            .collect()
                            .asList()
                            .map(StatementsResult::of);
                }));
    }

    private Uni<StatementResult> one(Batch batch, int index, Read r) {
        if (r.id() == null || r.hash() == null) {
            return done(StatementResult.rejected(index, r.id(), r.problems()));
        }
        Map.Entry<String, StatementResult> earlier = batch.seen.get(r.id());
        if (earlier != null) {
            return done(repeated(index, r, earlier.getKey(), earlier.getValue()));
        }
        XapiStatement stored = batch.known.get(r.id());
        if (stored != null) {
            return done(
                    stored.requestHash.equals(r.hash())
                            ? StatementResult.duplicate(
                                    index,
                                    r.id(),
                                    stored.evidenceId,
                                    "statement " + r.id() + " was accepted before as evidence " + stored.evidenceId
                                            + "; nothing was written")
                            : StatementResult.rejected(index, r.id(), List.of(ID_CONFLICT)));
        }
        if (!r.problems().isEmpty()) {
            return done(StatementResult.rejected(index, r.id(), r.problems()));
        }
        return map(batch, index, r);
    }

    /** A statement whose id an earlier statement of the same request had. */
    private static StatementResult repeated(int index, Read r, String earlierHash, StatementResult earlier) {
        if (!earlierHash.equals(r.hash())) {
            return StatementResult.rejected(
                    index, r.id(), List.of(ID_CONFLICT + " (statement " + earlier.index() + " of this request)"));
        }
        String same = "the same statement as statement " + earlier.index() + " of this request";
        if (earlier.status() == Status.REJECTED) {
            List<String> reasons = new ArrayList<>();
            reasons.add(same + ", which was rejected:");
            reasons.addAll(earlier.reasons());
            return StatementResult.rejected(index, r.id(), reasons);
        }
        return StatementResult.duplicate(index, r.id(), earlier.evidenceId(), same + "; written once");
    }

    /** Finds the learner, assessment and level of a well-formed statement and, if all fit, stores it as evidence. */
    private Uni<StatementResult> map(Batch batch, int index, Read r) {
        List<String> reasons = new ArrayList<>();
        String learnerId = learner(batch, r.agent(), reasons);
        return assessment(batch, r.activityId()).chain(assessment -> {
            if (assessment == null) {
                reasons.add("activity " + r.activityId() + " is not mapped to an assessment of your district (set"
                        + " activityId on an assessment)");
            }
            if (!reasons.isEmpty()) {
                return done(StatementResult.rejected(index, r.id(), reasons));
            }
            return scale(batch, assessment).chain(scale -> {
                if (scale == null) {
                    return done(StatementResult.rejected(
                            index,
                            r.id(),
                            List.of("the competencies of assessment " + assessment.id
                                    + " are not in a published framework of your district")));
                }
                List<String> notes = new ArrayList<>();
                Placement placement = ResultLevels.place(scale, r.score(), r.success());
                if (placement.problem() != null) {
                    return done(StatementResult.rejected(index, r.id(), List.of(placement.problem())));
                }
                String level = null;
                int raters = assessment.calibration.ratersRequired;
                if (raters > 1) {
                    notes.add("assessment " + assessment.id + " is scored by " + raters + " raters: the evidence"
                            + " awaits their scores"
                            + (placement.judged()
                                    ? "; the statement's result (" + placement.note() + ") is not a final score"
                                    : ""));
                } else if (!placement.judged()) {
                    return done(StatementResult.rejected(
                            index,
                            r.id(),
                            List.of("the statement carries no result to judge: send result.score or"
                                    + " result.success")));
                } else {
                    level = placement.level().code();
                    notes.add(placement.note());
                }
                NewEvidence evidence = new NewEvidence(
                        learnerId,
                        assessment.id,
                        null,
                        null,
                        null,
                        level,
                        null,
                        null,
                        r.id().toString(),
                        r.timestamp(),
                        artifact(r, notes),
                        r.response(),
                        null);
                List<String> invalid = invalid(evidence);
                if (!invalid.isEmpty()) {
                    return done(StatementResult.rejected(index, r.id(), invalid));
                }
                return store(batch, index, r, assessment, evidence, notes);
            });
        });
    }

    /**
     * Checks and stores the evidence. A refusal of the check rejects this statement only and writes nothing of it;
     * a refused attempt (readiness, retest) adds its ReadinessDenied event, as every intake does.
     */
    private Uni<StatementResult> store(
            Batch batch, int index, Read r, Assessment assessment, NewEvidence evidence, List<String> notes) {
        Submitter who = batch.who;
        return intake.check(who, evidence).onItemOrFailure().transformToUni((checked, failure) -> {
            if (failure instanceof AttemptRefused refused) {
                // The request's transaction commits: ReadinessDenied goes out with it, so that support can act.
                return denials.add(who.district(), refused)
                        .replaceWith(StatementResult.rejected(index, r.id(), reasons(refused)));
            }
            if (failure instanceof ProblemException refused) {
                return done(StatementResult.rejected(index, r.id(), reasons(refused)));
            }
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            return intake.store(who, checked)
                    .call(view -> statements.persist(row(batch, r, view)))
                    .call(EvidenceIntake::writeOut)
                    .map(view -> new StatementResult(
                            index,
                            r.id(),
                            Status.ACCEPTED,
                            view.id(),
                            view.learnerId(),
                            assessment.id,
                            evidence.level(),
                            List.of(),
                            List.copyOf(notes)));
        });
    }

    private static XapiStatement row(Batch batch, Read r, EvidenceView view) {
        XapiStatement row = new XapiStatement();
        row.key = new XapiStatement.Key(batch.who.district(), r.id());
        row.evidenceId = view.id();
        row.requestHash = r.hash();
        row.receivedAt = batch.receivedAt;
        row.submittedBy = batch.who.name();
        return row;
    }

    /**
     * The learner the agent names: its mapping if it has one, else an account's name when its homePage is allowed;
     * null (with the reason) otherwise.
     */
    private String learner(Batch batch, Ifi agent, List<String> reasons) {
        String mapped = batch.learners.get(agent.key());
        if (mapped != null) {
            return mapped;
        }
        String how = "map it with PUT /api/v1/xapi/agents/{learnerId}";
        if (agent.kind() == Ifi.Kind.ACCOUNT) {
            if (accountNameIsLearnerId(config.accountHomePages(), agent.accountHomePage())) {
                return agent.accountName();
            }
            reasons.add("actor account " + agent.accountName() + " on " + agent.accountHomePage() + " is not mapped"
                    + " to a learner and its homePage is not one whose account names are learner ids"
                    + " (proficio.xapi.account-home-pages): " + how + " {\"account\": {\"homePage\": \""
                    + agent.accountHomePage() + "\", \"name\": \"" + agent.accountName() + "\"}}");
            return null;
        }
        reasons.add("actor " + agent.kind().prefix + " " + agent.value() + " is not mapped to a learner of your"
                + " district: " + how + " {\"" + agent.kind().prefix + "\": \"" + agent.value() + "\"}");
        return null;
    }

    /** Whether an unmapped account's name is taken as the learner id: any homePage unless some are configured. */
    static boolean accountNameIsLearnerId(Optional<List<String>> homePages, String homePage) {
        return homePages.map(allowed -> allowed.contains(homePage)).orElse(true);
    }

    private Uni<Assessment> assessment(Batch batch, String activityId) {
        if (batch.assessments.containsKey(activityId)) {
            return Uni.createFrom().item(batch.assessments.get(activityId));
        }
        return assessments
                .findByActivity(batch.who.district(), activityId)
                .invoke(a -> batch.assessments.put(activityId, a));
    }

    /** The scale of the assessment's framework (levels lowest first), or null when it is not published. */
    private Uni<List<ScaledCompetency.Level>> scale(Batch batch, Assessment assessment) {
        if (batch.scales.containsKey(assessment.id)) {
            return Uni.createFrom().item(batch.scales.get(assessment.id));
        }
        return catalog.competencies(batch.who.district(), List.copyOf(assessment.competencyIds))
                .map(found -> assessment.competencyIds.stream()
                        .map(found::get)
                        .filter(c -> c != null && !c.levels().isEmpty())
                        .findFirst()
                        .map(ScaledCompetency::levels)
                        .orElse(null))
                .invoke(levels -> batch.scales.put(assessment.id, levels));
    }

    /** The activity's moreInfo page as the artifact, when it is an http(s) URL. */
    private static ArtifactRef artifact(Read r, List<String> notes) {
        String url = r.moreInfo();
        if (url == null) {
            return null;
        }
        if (url.length() > MAX_ARTIFACT_URL || !HTTP_URL.matcher(url).matches()) {
            notes.add("object.definition.moreInfo is not an http(s) URL of at most " + MAX_ARTIFACT_URL
                    + " characters: not kept as the artifact");
            return null;
        }
        String title =
                r.activityName() != null && r.activityName().length() <= MAX_ARTIFACT_TITLE ? r.activityName() : null;
        return new ArtifactRef(url, null, null, title);
    }

    /** Bean validation of the evidence built from the statement, naming the statement's fields. */
    private List<String> invalid(NewEvidence evidence) {
        return validator.validate(evidence).stream()
                .map(v -> xapiField(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .toList();
    }

    private static List<String> reasons(ProblemException refused) {
        Problem problem = refused.toProblem(null);
        List<String> reasons = new ArrayList<>();
        reasons.add(problem.detail());
        if (problem.errors() != null) {
            for (FieldError error : problem.errors()) {
                reasons.add(xapiField(error.field()) + ": " + error.message());
            }
        }
        return reasons;
    }

    private static String xapiField(String evidenceField) {
        return XAPI_FIELDS.getOrDefault(evidenceField, evidenceField);
    }

    private static Uni<StatementResult> done(StatementResult result) {
        return Uni.createFrom().item(result);
    }
}
