package org.proficio.assessment.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.AssessmentRepository;
import org.proficio.assessment.assessment.Modality;
import org.proficio.assessment.catalog.Catalog;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.EvidenceEvents.EvidenceSubmitted;
import org.proficio.assessment.evidence.EvidenceRequests.ArtifactRef;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceRequests.SubmittedScore;
import org.proficio.assessment.evidence.EvidenceScore.Basis;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.assessment.learner.KnownLearners;
import org.proficio.assessment.readiness.Attempts;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Takes in one piece of evidence, in two steps so that a refusal never leaves a partial write: {@link #check} looks
 * everything up and refuses with a 4xx problem before anything is written; {@link #store} then writes the evidence,
 * its alignments and any final scores and adds EvidenceSubmitted (then EvidenceScored per final score) to the outbox.
 * Both run in the caller's transaction; single, bulk and xAPI intake all come through here.
 */
@ApplicationScoped
public class EvidenceIntake {

    /** Problem type slug of a learner's own submission to an assessment that does not take them. */
    public static final String STUDENT_SUBMISSION_NOT_ALLOWED = "student-submission-not-allowed";

    /** No learner's work is older; earlier times are mistakes (and before 4713 BC, unstorable). */
    static final OffsetDateTime EARLIEST_OBSERVATION = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Catalog catalog;
    private final AssessmentRepository assessments;
    private final Attempts attempts;
    private final EvidenceRepository evidence;
    private final FinalScores finalScores;
    private final Outbox outbox;
    private final EvidenceConfig config;
    private final KnownLearners learners;

    public EvidenceIntake(
            Catalog catalog,
            AssessmentRepository assessments,
            Attempts attempts,
            EvidenceRepository evidence,
            FinalScores finalScores,
            Outbox outbox,
            EvidenceConfig config,
            KnownLearners learners) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.attempts = attempts;
        this.evidence = evidence;
        this.finalScores = finalScores;
        this.outbox = outbox;
        this.config = config;
        this.learners = learners;
    }

    /**
     * A submission that passed every check, ready to store.
     *
     * @param assessment the named assessment, or null when the request described one inline
     * @param competencies the competencies it is judged on, in order
     * @param levels the submitter's final levels (and feedback) by competency; empty when raters will score it
     * @param attempt which attempt at the assessment this is, or null without an assessment
     */
    public record Checked(
            NewEvidence request,
            Assessment assessment,
            String title,
            AssessmentKind kind,
            Modality modality,
            List<ScaledCompetency> competencies,
            Map<UUID, SubmittedScore> levels,
            OffsetDateTime observedAt,
            Integer attempt) {}

    /** Checks the (already bean-validated) request; fails with a 4xx ProblemException, writing nothing. */
    public Uni<Checked> check(Submitter who, NewEvidence request) {
        return Uni.createFrom().deferred(() -> checkNow(who, request));
    }

    private Uni<Checked> checkNow(Submitter who, NewEvidence request) {
        if (!who.is(request.learnerId()) && !who.role().trusted()) {
            // A token without a trusted role (a student who is also a guardian, say) submits her own work only.
            throw ProblemException.forbidden("You may not submit evidence about learner " + request.learnerId() + ".");
        }
        if (request.scored() && who.is(request.learnerId())) {
            throw ProblemException.forbidden("You may not score your own evidence.");
        }
        if (request.level() != null
                && request.scores() != null
                && !request.scores().isEmpty()) {
            throw ProblemException.unprocessable(
                    "Send one level for every competency or scores per competency, not both.",
                    new FieldError("scores", "cannot be combined with level"));
        }
        return learners.require(who.district(), request.learnerId())
                .chain(() -> assessment(who, request))
                .chain(assessment -> competencies(who, request, assessment).chain(competencies -> {
                    Map<UUID, SubmittedScore> levels = levels(request, assessment, competencies);
                    String title =
                            assessment == null ? request.assessment().title().strip() : assessment.title;
                    AssessmentKind kind =
                            assessment == null ? request.assessment().kind() : assessment.kind;
                    Modality modality =
                            assessment == null ? request.assessment().modality() : assessment.modality;
                    if (modality == Modality.EXTERNAL && request.outsideSchool() == null) {
                        throw ProblemException.unprocessable(
                                "Evidence of learning outside school names its setting and who verified it.",
                                new FieldError("outsideSchool", "is required for the EXTERNAL modality"));
                    }
                    OffsetDateTime observedAt = observedAt(request);
                    Uni<Integer> attempt = assessment == null
                            ? Uni.createFrom().nullItem()
                            : attempts.admit(who.district(), request.learnerId(), assessment);
                    return attempt.map(n -> new Checked(
                            request, assessment, title, kind, modality, competencies, levels, observedAt, n));
                }));
    }

    /** Writes a checked submission and adds its events to the outbox. */
    public Uni<EvidenceView> store(Submitter who, Checked c) {
        NewEvidence request = c.request();
        OffsetDateTime now = now();
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.district = who.district();
        e.learnerId = request.learnerId();
        e.frameworkId = c.competencies().get(0).frameworkId();
        e.competencyId = c.competencies().get(0).competencyId();
        e.assessmentId = c.assessment() == null ? null : c.assessment().id;
        e.attempt = c.attempt();
        e.assessmentTitle = c.title();
        e.assessmentKind = c.kind();
        e.modality = c.modality();
        e.sourceId = request.sourceId();
        e.observedAt = c.observedAt();
        e.submittedAt = now;
        e.submittedBy = who.name();
        e.submitterRole = who.roleFor(request.learnerId());
        e.artifact = artifact(request.artifact());
        e.text = request.text();
        e.outsideSchool = outsideSchool(request.outsideSchool());
        for (ScaledCompetency competency : c.competencies()) {
            EvidenceAlignment a = new EvidenceAlignment();
            a.id = UUID.randomUUID();
            a.evidence = e;
            a.district = e.district;
            a.competencyId = competency.competencyId();
            a.frameworkId = competency.frameworkId();
            a.position = e.alignments.size();
            a.status = EvidenceAlignment.Status.AWAITING_SCORES;
            e.alignments.add(a);
        }
        // EvidenceSubmitted first, so consumers see the submission before its scores (same key, same partition);
        // it is added before the scores are recorded, so whether some competency awaits raters comes from the levels.
        boolean awaitingScores =
                c.competencies().stream().anyMatch(s -> !c.levels().containsKey(s.competencyId()));
        Uni<Void> written = evidence.persist(e)
                .chain(() -> outbox.add(
                        e.district,
                        DomainEvent.aboutLearner(
                                EventTypes.EVIDENCE_SUBMITTED, e.learnerId, EvidenceSubmitted.of(e, awaitingScores))))
                .replaceWithVoid();
        for (ScaledCompetency competency : c.competencies()) {
            SubmittedScore score = c.levels().get(competency.competencyId());
            if (score != null) {
                FinalScores.Judgement judgement = new FinalScores.Judgement(
                        competency.level(score.level()).orElseThrow(),
                        Basis.SUBMITTED,
                        who.name(),
                        null,
                        score.feedback(),
                        now);
                written = written.chain(() -> finalScores.record(e, competency.competencyId(), judgement))
                        .replaceWithVoid();
            }
        }
        return written.map(ignored -> EvidenceView.of(e));
    }

    /**
     * Writes what the current session holds now and forgets its entities; for intake of many items in one transaction
     * (bulk, xAPI), after each accepted item. Left in the session, a thousand items' entities would be flushed
     * (dirty-checked, sorted) by every query a later item's checks make, and all at the end in one long stretch on the
     * event loop; written item by item, the session stays small and the request yields at every write.
     */
    public static Uni<Void> writeOut() {
        return Panache.getSession().chain(session -> session.flush().invoke(session::clear));
    }

    private Uni<Assessment> assessment(Submitter who, NewEvidence request) {
        if (request.assessmentId() == null) {
            if (request.assessment() == null) {
                throw ProblemException.unprocessable(
                        "Name the assessment the evidence comes from, or describe it.",
                        new FieldError("assessment", "is required when no assessmentId is given"));
            }
            return Uni.createFrom().nullItem();
        }
        if (request.assessment() != null) {
            throw ProblemException.unprocessable(
                    "Name an assessment or describe one, not both.",
                    new FieldError("assessment", "cannot be combined with assessmentId"));
        }
        Assessment known = who.lookups().assessments.get(request.assessmentId());
        Uni<Assessment> found = known != null
                ? Uni.createFrom().item(known)
                : assessments.findInDistrict(who.district(), request.assessmentId());
        return found.invoke(a -> {
            if (a == null) {
                throw ProblemException.unprocessable(
                        "Assessment " + request.assessmentId() + " is not an assessment of your district.",
                        new FieldError("assessmentId", "names no assessment of your district"));
            }
            who.lookups().assessments.put(a.id, a);
            if (who.is(request.learnerId()) && !a.studentSubmissionAllowed) {
                throw studentSubmissionRefused(a);
            }
        });
    }

    /**
     * 403 for a learner's own submission naming an assessment that does not take them: it would be an attempt (at a
     * summative assessment, one of its limited attempts) made with whatever she wrote. Checked before the attempt gate,
     * so nothing is written and no ReadinessDenied is published.
     */
    private static ProblemException studentSubmissionRefused(Assessment a) {
        return new ProblemException(
                403,
                STUDENT_SUBMISSION_NOT_ALLOWED,
                "Student submission not allowed",
                "Assessment " + a.id + " does not take learners' own submissions: attempts at it are submitted by"
                        + " your school's LMS or an educator.",
                List.of(new FieldError("assessmentId", "does not take learners' own submissions")));
    }

    private Uni<List<ScaledCompetency>> competencies(Submitter who, NewEvidence request, Assessment assessment) {
        List<UUID> named = request.namedCompetencies();
        List<UUID> ids = named.isEmpty() && assessment != null ? List.copyOf(assessment.competencyIds) : named;
        if (ids.isEmpty()) {
            throw ProblemException.unprocessable(
                    "Name the competency the evidence is about.",
                    new FieldError("competencyId", "is required when no assessmentId is given"));
        }
        if (assessment != null && !assessment.competencyIds.containsAll(ids)) {
            throw ProblemException.unprocessable(
                    "Evidence of an assessment is judged on the assessment's competencies only.",
                    new FieldError("competencyIds", "must be among " + assessment.competencyIds));
        }
        Map<UUID, ScaledCompetency> cache = who.lookups().competencies;
        List<UUID> missing = ids.stream().filter(id -> !cache.containsKey(id)).toList();
        Uni<Map<UUID, ScaledCompetency>> looked =
                missing.isEmpty() ? Uni.createFrom().item(Map.of()) : catalog.competencies(who.district(), missing);
        return looked.map(found -> {
            cache.putAll(found);
            List<ScaledCompetency> result = new ArrayList<>();
            List<FieldError> unknown = new ArrayList<>();
            for (UUID id : ids) {
                ScaledCompetency c = cache.get(id);
                if (c == null) {
                    unknown.add(new FieldError(
                            request.competencyId() != null
                                            && request.competencyId().equals(id)
                                    ? "competencyId"
                                    : "competencyIds",
                            id + " names no published competency of your district"));
                } else {
                    result.add(c);
                }
            }
            if (!unknown.isEmpty()) {
                throw ProblemException.unprocessable(
                        unknown.size() == 1 && ids.size() == 1
                                ? "Competency " + ids.get(0) + " is not in a published framework of your district."
                                : "Every competency must be in a published framework of your district.",
                        unknown.toArray(FieldError[]::new));
            }
            if (result.stream().map(ScaledCompetency::frameworkId).distinct().count() > 1) {
                throw ProblemException.unprocessable(
                        "A piece of evidence is judged on competencies of one framework (one scale).",
                        new FieldError("competencyIds", "belong to more than one framework"));
            }
            return result;
        });
    }

    /** The submitter's final levels by competency, checked against the scale and the assessment's calibration. */
    private static Map<UUID, SubmittedScore> levels(
            NewEvidence request, Assessment assessment, List<ScaledCompetency> competencies) {
        if (!request.scored()) {
            return Map.of();
        }
        if (assessment != null && assessment.calibration.ratersRequired > 1) {
            throw ProblemException.unprocessable(
                    "Assessment " + assessment.id + " is scored by " + assessment.calibration.ratersRequired
                            + " raters: submit the evidence without a level and let them score it.",
                    new FieldError(request.level() != null ? "level" : "scores", "is not allowed for this assessment"));
        }
        Map<UUID, SubmittedScore> levels = new LinkedHashMap<>();
        if (request.level() != null) {
            ScaledCompetency first = competencies.get(0);
            if (first.level(request.level()).isEmpty()) {
                throw ProblemException.unprocessable(
                        "Level " + request.level() + " is not on the framework's scale.",
                        new FieldError("level", "must be one of " + String.join(", ", first.levelCodes())));
            }
            competencies.forEach(c -> levels.put(
                    c.competencyId(), new SubmittedScore(c.competencyId(), request.level(), request.feedback())));
            return levels;
        }
        Map<UUID, ScaledCompetency> byId = new HashMap<>();
        competencies.forEach(c -> byId.put(c.competencyId(), c));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.scores().size(); i++) {
            SubmittedScore s = request.scores().get(i);
            ScaledCompetency c = byId.get(s.competencyId());
            if (c == null) {
                errors.add(new FieldError("scores[" + i + "].competencyId", "is not a competency of this evidence"));
            } else if (levels.containsKey(s.competencyId())) {
                errors.add(new FieldError("scores[" + i + "].competencyId", "is scored twice"));
            } else if (c.level(s.level()).isEmpty()) {
                errors.add(new FieldError(
                        "scores[" + i + "].level", "must be one of " + String.join(", ", c.levelCodes())));
            } else {
                levels.put(s.competencyId(), s);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(
                    "The scores do not fit the evidence's competencies and scale.", errors.toArray(FieldError[]::new));
        }
        return levels;
    }

    private OffsetDateTime observedAt(NewEvidence request) {
        OffsetDateTime now = now();
        OffsetDateTime sent = request.observedAt();
        if (sent == null) {
            return now;
        }
        // Compared as instants before converting: a far-off year in an extreme offset does not fit in UTC.
        if (sent.isAfter(now.plus(config.clockSkew()))) {
            throw ProblemException.unprocessable(
                    "The evidence cannot have been observed in the future.",
                    new FieldError("observedAt", "lies in the future"));
        }
        if (sent.isBefore(EARLIEST_OBSERVATION)) {
            // Also keeps out years PostgreSQL cannot store, which would fail a whole bulk request in the database.
            throw ProblemException.unprocessable(
                    "The evidence cannot have been observed before " + EARLIEST_OBSERVATION.getYear() + ".",
                    new FieldError("observedAt", "lies before " + EARLIEST_OBSERVATION.getYear()));
        }
        return sent.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static Artifact artifact(ArtifactRef ref) {
        if (ref == null) {
            return null;
        }
        Artifact artifact = new Artifact();
        artifact.url = ref.url();
        artifact.mediaType = ref.mediaType();
        artifact.checksum = ref.checksum();
        artifact.title = ref.title();
        return artifact;
    }

    private static OutsideSchool outsideSchool(EvidenceRequests.OutsideSchoolInfo info) {
        if (info == null) {
            return null;
        }
        OutsideSchool o = new OutsideSchool();
        o.setting = info.setting();
        o.verifierName = info.verifier().name();
        o.verifierRole = info.verifier().role();
        o.verifierContact = info.verifier().contact();
        return o;
    }

    /** Microsecond precision, as PostgreSQL stores it, so that cursors built from memory match the rows. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
