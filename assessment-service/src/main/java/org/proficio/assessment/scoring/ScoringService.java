package org.proficio.assessment.scoring;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.assessment.AssessmentRepository;
import org.proficio.assessment.assessment.Calibration.Agreement;
import org.proficio.assessment.catalog.Catalog;
import org.proficio.assessment.catalog.Rubric;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.Evidence;
import org.proficio.assessment.evidence.EvidenceAlignment;
import org.proficio.assessment.evidence.EvidenceAlignment.Status;
import org.proficio.assessment.evidence.EvidenceRepository;
import org.proficio.assessment.evidence.EvidenceScore;
import org.proficio.assessment.evidence.EvidenceScore.Basis;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;
import org.proficio.assessment.evidence.FinalScores;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.assessment.scoring.ModerationEvents.ModerationRequired;
import org.proficio.assessment.scoring.ScoringRequests.CriterionScore;
import org.proficio.assessment.scoring.ScoringRequests.ModerationDecision;
import org.proficio.assessment.scoring.ScoringRequests.NewRaterScore;
import org.proficio.assessment.scoring.ScoringViews.CompetencyScores;
import org.proficio.assessment.scoring.ScoringViews.EvidenceScores;
import org.proficio.assessment.scoring.ScoringViews.ModerationItem;
import org.proficio.assessment.scoring.ScoringViews.RaterLevel;
import org.proficio.assessment.scoring.ScoringViews.RaterScoreView;
import org.proficio.assessment.scoring.ScoringViews.ScoreResult;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Blind rater scoring, calibration and moderation of evidence that awaits its raters.
 *
 * <p>Every request first checks everything it can without writing (404, 403, 422), then locks the evidence's
 * alignment to the competency ({@code select ... for update}): raters finishing at the same moment are serialised,
 * so exactly one of them sees the last required score arrive and decides, never both, never neither. Only then are
 * the state checks (409) made and the score written.
 *
 * <p>When the assessment's required number of raters have scored (1 when the evidence names no assessment): one rater's
 * score becomes final as {@link Basis#SINGLE_RATER}; several raters' scores become final as {@link Basis#AGREEMENT}
 * when they agree, with the level {@link Consensus} picks, or the competency goes to moderation
 * (ModerationRequired), where a moderator who is not one of its raters decides ({@link Basis#MODERATION}).
 */
@ApplicationScoped
public class ScoringService {

    /** Who final scores reached by agreement are recorded as scored by. */
    public static final String CALIBRATION = "calibration";

    private final EvidenceRepository evidence;
    private final RaterScoreRepository scores;
    private final AssessmentRepository assessments;
    private final Catalog catalog;
    private final FinalScores finalScores;
    private final Outbox outbox;
    private final Idempotency idempotency;

    public ScoringService(
            EvidenceRepository evidence,
            RaterScoreRepository scores,
            AssessmentRepository assessments,
            Catalog catalog,
            FinalScores finalScores,
            Outbox outbox,
            Idempotency idempotency) {
        this.evidence = evidence;
        this.scores = scores;
        this.assessments = assessments;
        this.catalog = catalog;
        this.finalScores = finalScores;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** What a request judges, checked: the evidence, the competency with its scale, the level and criteria. */
    private record Judged(
            Evidence evidence,
            EvidenceAlignment alignment,
            Assessment assessment,
            ScaledCompetency competency,
            ScaledCompetency.Level level,
            List<CriterionLevel> criteria) {

        int ratersRequired() {
            return ScoringService.ratersRequired(assessment);
        }

        Agreement agreement() {
            return ScoringService.agreement(assessment);
        }
    }

    /**
     * Records the rater's score and, if it completes the calibration, the final score or the call for moderation;
     * with an Idempotency-Key, a repeat of the same request returns the first result.
     */
    @WithTransaction
    public Uni<Idempotent<ScoreResult>> score(
            @NotNull Rater rater,
            @NotNull UUID evidenceId,
            String idempotencyKey,
            @NotNull @Valid NewRaterScore request) {
        return idempotency.once(
                rater.district(),
                rater.name(),
                idempotencyKey,
                "POST /api/v1/evidence/" + evidenceId + "/scores",
                request,
                ScoreResult.class,
                () -> judged(
                                rater,
                                evidenceId,
                                request.competencyId(),
                                request.level(),
                                request.criteria(),
                                "You may not score your own evidence.")
                        .chain(judged -> lock(judged).chain(earlier -> record(rater, judged, earlier, request))));
    }

    /** The moderator's decision on a competency in moderation becomes its final score. */
    @WithTransaction
    public Uni<Idempotent<CompetencyScores>> moderate(
            @NotNull Rater moderator,
            @NotNull UUID evidenceId,
            String idempotencyKey,
            @NotNull @Valid ModerationDecision request) {
        return idempotency.once(
                moderator.district(),
                moderator.name(),
                idempotencyKey,
                "POST /api/v1/evidence/" + evidenceId + "/moderation",
                request,
                CompetencyScores.class,
                () -> judged(
                                moderator,
                                evidenceId,
                                request.competencyId(),
                                request.level(),
                                request.criteria(),
                                "You may not moderate your own evidence.")
                        .chain(judged -> lock(judged).chain(raters -> decide(moderator, judged, raters, request))));
    }

    /** The rater scores of the evidence as far as the viewer may see them (see {@link CompetencyScores}). */
    @WithSession
    public Uni<EvidenceScores> scores(@NotNull Rater viewer, @NotNull UUID evidenceId) {
        return evidence.findWithScores(viewer.district(), evidenceId).chain(e -> {
            if (e == null) {
                throw ProblemException.notFound("No evidence " + evidenceId + ".");
            }
            if (viewer.is(e.learnerId)) {
                throw ProblemException.forbidden(
                        "You may not see the raters' scores of your own evidence; its final scores are in"
                                + " GET /api/v1/evidence/" + e.id + ".");
            }
            return assessment(e)
                    .chain(assessment -> scores.listForEvidence(e.district, List.of(e.id))
                            .map(all -> new EvidenceScores(
                                    e.id,
                                    e.learnerId,
                                    e.assessmentId,
                                    agreement(assessment),
                                    e.alignments.stream()
                                            .map(a -> view(
                                                    viewer,
                                                    e,
                                                    a,
                                                    ratersRequired(assessment),
                                                    all.stream()
                                                            .filter(s -> s.competencyId.equals(a.competencyId))
                                                            .toList()))
                                            .toList())));
        });
    }

    /** A page of the district's competencies awaiting moderation, oldest first. */
    @WithSession
    public Uni<Page<ModerationItem>> moderationQueue(@NotNull String district, PageCursor after, int limit) {
        return scores.openModerations(district, after, limit + 1).chain(open -> {
            if (open.isEmpty()) {
                return Uni.createFrom().item(new Page<ModerationItem>(List.of(), null));
            }
            Set<UUID> ids = open.stream()
                    .map(RaterScoreRepository.OpenModeration::evidenceId)
                    .collect(Collectors.toSet());
            return evidence.list("district = ?1 and id in ?2", district, ids)
                    .chain(found -> scores.listForEvidence(district, ids).map(raterScores -> {
                        Map<UUID, Evidence> byId =
                                found.stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
                        return Page.of(
                                open,
                                limit,
                                o -> {
                                    Evidence e = byId.get(o.evidenceId());
                                    return new ModerationItem(
                                            e.id,
                                            e.learnerId,
                                            o.competencyId(),
                                            e.frameworkId,
                                            e.assessmentId,
                                            e.assessmentTitle,
                                            ScoringViews.utc(o.requiredAt()),
                                            raterScores.stream()
                                                    .filter(s -> s.evidenceId.equals(o.evidenceId())
                                                            && s.competencyId.equals(o.competencyId()))
                                                    .map(s -> new RaterLevel(s.rater, s.level))
                                                    .toList());
                                },
                                o -> new PageCursor(o.requiredAt(), o.alignmentId()));
                    }));
        });
    }

    /**
     * Looks up and checks everything a score or decision names, writing nothing: 404 for evidence not in the
     * district, 403 for the learner's own evidence, 422 for a competency, level or criterion that does not fit.
     */
    private Uni<Judged> judged(
            Rater who,
            UUID evidenceId,
            UUID competencyId,
            String level,
            List<CriterionScore> criteria,
            String ownEvidenceRefusal) {
        return evidence.findWithScores(who.district(), evidenceId).chain(e -> {
            if (e == null) {
                throw ProblemException.notFound("No evidence " + evidenceId + ".");
            }
            if (who.is(e.learnerId)) {
                throw ProblemException.forbidden(ownEvidenceRefusal);
            }
            EvidenceAlignment alignment = alignment(e, competencyId);
            return assessment(e)
                    .chain(assessment -> catalog.competency(who.district(), alignment.competencyId)
                            .chain(competency -> {
                                if (competency == null) {
                                    throw ProblemException.unprocessable(
                                            "Competency " + alignment.competencyId
                                                    + " is no longer in a published framework of your district.",
                                            new FieldError("competencyId", "names no published competency"));
                                }
                                ScaledCompetency.Level onScale = competency
                                        .level(level)
                                        .orElseThrow(() -> ProblemException.unprocessable(
                                                "Level " + level + " is not on the framework's scale.",
                                                new FieldError(
                                                        "level",
                                                        "must be one of "
                                                                + String.join(", ", competency.levelCodes()))));
                                return criteria(who, assessment, competency, criteria)
                                        .map(checked ->
                                                new Judged(e, alignment, assessment, competency, onScale, checked));
                            }));
        });
    }

    /** The alignment scored: the one named, or the only one; 422 otherwise. */
    private static EvidenceAlignment alignment(Evidence e, UUID competencyId) {
        if (competencyId == null) {
            if (e.alignments.size() != 1) {
                throw ProblemException.unprocessable(
                        "Evidence " + e.id + " is judged on " + e.alignments.size()
                                + " competencies: name the one you score.",
                        new FieldError("competencyId", "is required for this evidence"));
            }
            return e.alignments.get(0);
        }
        return e.alignment(competencyId)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "Evidence " + e.id + " is not judged on competency " + competencyId + ".",
                        new FieldError(
                                "competencyId",
                                "must be one of "
                                        + e.alignments.stream()
                                                .map(a -> a.competencyId.toString())
                                                .collect(Collectors.joining(", ")))));
    }

    /** The criteria levels, checked against the assessment's rubric and the competency's scale. */
    private Uni<List<CriterionLevel>> criteria(
            Rater who, Assessment assessment, ScaledCompetency competency, List<CriterionScore> given) {
        if (given == null || given.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (assessment == null || assessment.rubricId == null) {
            throw ProblemException.unprocessable(
                    "The evidence's assessment has no rubric, so there are no criteria to score.",
                    new FieldError("criteria", "must be empty: no rubric"));
        }
        return catalog.rubric(who.district(), assessment.rubricId).map(rubric -> {
            if (rubric == null) {
                throw ProblemException.unprocessable(
                        "Rubric " + assessment.rubricId + " of the assessment is not in your district's catalog.",
                        new FieldError("criteria", "names criteria of an unknown rubric"));
            }
            List<Rubric.Criterion> applicable = rubric.criteriaFor(competency.competencyId());
            Set<UUID> seen = new HashSet<>();
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                CriterionScore c = given.get(i);
                boolean known = applicable.stream().anyMatch(a -> a.id().equals(c.criterionId()));
                if (!known) {
                    errors.add(new FieldError(
                            "criteria[" + i + "].criterionId",
                            "must be a criterion of rubric " + rubric.id() + " for this competency: "
                                    + applicable.stream()
                                            .map(a -> a.id().toString())
                                            .collect(Collectors.joining(", "))));
                } else if (!seen.add(c.criterionId())) {
                    errors.add(new FieldError("criteria[" + i + "].criterionId", "is scored twice"));
                }
                if (competency.level(c.level()).isEmpty()) {
                    errors.add(new FieldError(
                            "criteria[" + i + "].level",
                            "must be one of " + String.join(", ", competency.levelCodes())));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.unprocessable(
                        "The criteria do not fit the assessment's rubric and the framework's scale.",
                        errors.toArray(FieldError[]::new));
            }
            return given.stream().map(CriterionScore::toLevel).toList();
        });
    }

    /**
     * Locks the alignment row until the transaction ends and re-reads it; then reads the rater scores (including those
     * committed by a transaction that held the lock before us), in scoring order.
     */
    private Uni<List<RaterScore>> lock(Judged judged) {
        return Panache.getSession()
                .chain(session -> session.refresh(judged.alignment(), LockModeType.PESSIMISTIC_WRITE))
                .chain(() -> scores.listForItem(
                        judged.evidence().district, judged.evidence().id, judged.alignment().competencyId));
    }

    private Uni<ScoreResult> record(Rater rater, Judged judged, List<RaterScore> earlier, NewRaterScore request) {
        Evidence e = judged.evidence();
        EvidenceAlignment alignment = judged.alignment();
        UUID competencyId = alignment.competencyId;
        if (alignment.status == Status.FINAL) {
            throw ProblemException.conflict(
                    "Evidence " + e.id + " already has a final score on competency " + competencyId + ".");
        }
        if (alignment.status == Status.MODERATION_REQUIRED) {
            throw ProblemException.conflict("The raters of evidence " + e.id + " disagreed on competency "
                    + competencyId + "; it awaits a moderator's decision, not more scores.");
        }
        if (earlier.stream().anyMatch(s -> s.rater.equals(rater.name()))) {
            throw ProblemException.conflict(
                    "You already scored evidence " + e.id + " on competency " + competencyId + ".");
        }
        OffsetDateTime now = now();
        RaterScore score = new RaterScore();
        score.id = UUID.randomUUID();
        score.evidenceId = e.id;
        score.district = e.district;
        score.competencyId = competencyId;
        score.assessmentId = e.assessmentId;
        score.rater = rater.name();
        score.level = judged.level().code();
        score.rank = judged.competency().rank(score.level);
        score.scaleLevels = judged.competency().levels().size();
        score.proficient = judged.level().proficient();
        score.criteria = judged.criteria().isEmpty() ? null : judged.criteria();
        score.feedback = request.feedback();
        score.scoredAt = now;
        List<RaterScore> all = new ArrayList<>(earlier);
        all.add(score);
        int required = judged.ratersRequired();
        Uni<EvidenceScore> outcome = scores.persist(score).chain(() -> {
            if (all.size() < required) {
                return Uni.createFrom().nullItem();
            }
            if (all.size() == 1) {
                return finalScores.record(
                        e,
                        competencyId,
                        new FinalScores.Judgement(
                                judged.level(),
                                Basis.SINGLE_RATER,
                                rater.name(),
                                judged.criteria(),
                                request.feedback(),
                                now));
            }
            if (Consensus.agree(judged.agreement(), all)) {
                RaterScore median = Consensus.lowerMedian(all);
                return finalScores.record(
                        e,
                        competencyId,
                        new FinalScores.Judgement(
                                judged.competency().level(median.level).orElseThrow(),
                                Basis.AGREEMENT,
                                CALIBRATION,
                                Consensus.criteria(all, judged.competency()),
                                Consensus.feedback(all),
                                now));
            }
            alignment.status = Status.MODERATION_REQUIRED;
            ModerationRequired event = new ModerationRequired(
                    e.id,
                    e.learnerId,
                    competencyId,
                    alignment.frameworkId,
                    e.assessmentId,
                    judged.agreement(),
                    all.stream().map(s -> new RaterLevel(s.rater, s.level)).toList(),
                    now);
            return outbox.add(e.district, DomainEvent.aboutLearner(EventTypes.MODERATION_REQUIRED, e.learnerId, event))
                    .replaceWith((EvidenceScore) null);
        });
        return outcome.map(finalScore -> new ScoreResult(
                e.id,
                competencyId,
                RaterScoreView.of(score),
                alignment.status,
                required,
                all.size(),
                ScoringViews.finalScore(finalScore)));
    }

    private Uni<CompetencyScores> decide(
            Rater moderator, Judged judged, List<RaterScore> raters, ModerationDecision request) {
        Evidence e = judged.evidence();
        EvidenceAlignment alignment = judged.alignment();
        if (raters.stream().anyMatch(s -> s.rater.equals(moderator.name()))) {
            throw ProblemException.forbidden(
                    "You scored this competency yourself: another educator, not one of its" + " raters, moderates it.");
        }
        if (alignment.status != Status.MODERATION_REQUIRED) {
            throw ProblemException.conflict("Competency " + alignment.competencyId + " of evidence " + e.id
                    + " is not in moderation (it is " + alignment.status + ").");
        }
        return finalScores
                .record(
                        e,
                        alignment.competencyId,
                        new FinalScores.Judgement(
                                judged.level(),
                                Basis.MODERATION,
                                moderator.name(),
                                judged.criteria(),
                                request.feedback(),
                                now()))
                .map(ignored -> view(moderator, e, alignment, judged.ratersRequired(), raters));
    }

    /** One competency's scores as the viewer may see them: blind until they scored, open to moderators. */
    private static CompetencyScores view(
            Rater viewer, Evidence e, EvidenceAlignment a, int required, List<RaterScore> itemScores) {
        RaterScore own = itemScores.stream()
                .filter(s -> s.rater.equals(viewer.name()))
                .findFirst()
                .orElse(null);
        boolean decided = a.status == Status.FINAL || a.status == Status.MODERATION_REQUIRED;
        boolean visible = own != null || decided;
        return new CompetencyScores(
                a.competencyId,
                a.status,
                required,
                itemScores.size(),
                own == null ? null : RaterScoreView.of(own),
                visible,
                visible
                        ? itemScores.stream()
                                .filter(s -> s != own)
                                .map(RaterScoreView::of)
                                .toList()
                        : List.of(),
                ScoringViews.finalScore(e.finalScore(a.competencyId).orElse(null)));
    }

    private Uni<Assessment> assessment(Evidence e) {
        return e.assessmentId == null
                ? Uni.createFrom().nullItem()
                : assessments.findInDistrict(e.district, e.assessmentId);
    }

    /** How many raters score evidence of the assessment: 1 when the evidence names none. */
    static int ratersRequired(Assessment assessment) {
        return assessment == null ? 1 : assessment.calibration.ratersRequired;
    }

    static Agreement agreement(Assessment assessment) {
        return assessment == null ? Agreement.ADJACENT : assessment.calibration.agreement;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
