package org.proficio.assessment.evidence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.proficio.assessment.catalog.Catalog;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.EvidenceEvents.EvidenceScored;
import org.proficio.assessment.evidence.EvidenceEvents.EvidenceSubmitted;
import org.proficio.assessment.evidence.EvidenceRequests.ArtifactRef;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Takes in evidence and its score and reads it back. A submission is checked against the catalog read model of
 * the caller's district, stored, and announced (EvidenceSubmitted, then EvidenceScored) through the outbox in one
 * transaction: either all of it happens or none of it.
 */
@ApplicationScoped
public class EvidenceService {

    /** Names the operation in Idempotency-Key hashes, so a key reused on another endpoint never replays this. */
    static final String SUBMIT_OPERATION = "POST /api/v1/evidence";

    private final EvidenceRepository evidence;
    private final Catalog catalog;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final EvidenceConfig config;

    public EvidenceService(
            EvidenceRepository evidence,
            Catalog catalog,
            Outbox outbox,
            Idempotency idempotency,
            EvidenceConfig config) {
        this.evidence = evidence;
        this.catalog = catalog;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.config = config;
    }

    /**
     * Stores the evidence with its final score and emits both events; with an Idempotency-Key, a repeat of the same
     * request returns the first result instead.
     *
     * @param submitter the caller's principal, recorded for audit and scoping its idempotency keys
     * @param idempotencyKey the client's Idempotency-Key header, or null
     */
    @WithTransaction
    public Uni<Idempotent<EvidenceView>> submit(
            @NotNull String district,
            @NotNull String submitter,
            String idempotencyKey,
            @NotNull @Valid NewEvidence request) {
        return idempotency.once(
                district,
                submitter,
                idempotencyKey,
                SUBMIT_OPERATION,
                request,
                EvidenceView.class,
                () -> catalog.competency(district, request.competencyId())
                        .chain(competency -> store(district, submitter, request, competency)));
    }

    /** The district's evidence, or null if it has none by that id. */
    @WithSession
    public Uni<EvidenceView> find(@NotNull String district, @NotNull UUID id) {
        return evidence.findWithScores(district, id).map(e -> e == null ? null : EvidenceView.of(e));
    }

    /** A page of the learner's evidence, newest submission first. */
    @WithSession
    public Uni<Page<EvidenceView>> ofLearner(
            @NotNull String district, @NotNull String learnerId, PageCursor after, int limit) {
        return evidence.pageOfLearner(district, learnerId, after, limit + 1)
                .map(rows -> Page.of(rows, limit, EvidenceView::of, e -> new PageCursor(e.submittedAt, e.id)));
    }

    private Uni<EvidenceView> store(
            String district, String submitter, NewEvidence request, ScaledCompetency competency) {
        if (competency == null) {
            throw ProblemException.unprocessable(
                    "Competency " + request.competencyId() + " is not in a published framework of your district.",
                    new FieldError("competencyId", "names no published competency of your district"));
        }
        ScaledCompetency.Level level = competency
                .level(request.level())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "Level " + request.level() + " is not on the framework's scale.",
                        new FieldError("level", "must be one of " + String.join(", ", competency.levelCodes()))));
        OffsetDateTime now = now();
        OffsetDateTime observedAt = request.observedAt() == null ? now : utcMicros(request.observedAt());
        if (observedAt.isAfter(now.plus(config.clockSkew()))) {
            throw ProblemException.unprocessable(
                    "The evidence cannot have been observed in the future.",
                    new FieldError("observedAt", "lies in the future"));
        }

        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.district = district;
        e.learnerId = request.learnerId();
        e.frameworkId = competency.frameworkId();
        e.competencyId = competency.competencyId();
        e.assessmentTitle = request.assessment().title().strip();
        e.assessmentKind = request.assessment().kind();
        e.modality = request.assessment().modality();
        e.sourceId = request.sourceId();
        e.observedAt = observedAt;
        e.submittedAt = now;
        e.submittedBy = submitter;
        e.artifact = artifact(request.artifact());

        EvidenceScore score = new EvidenceScore();
        score.id = UUID.randomUUID();
        score.evidence = e;
        score.district = district;
        score.competencyId = competency.competencyId();
        score.frameworkId = competency.frameworkId();
        score.level = level.code();
        score.score = level.score();
        score.proficient = level.proficient();
        score.status = EvidenceScore.Status.FINAL;
        score.scoredBy = submitter;
        score.scoredAt = now;
        e.scores.add(score);

        // Added in this order so that consumers see the submission before its score (same key, same partition).
        return evidence.persist(e)
                .chain(() -> outbox.add(
                        district,
                        DomainEvent.aboutLearner(EventTypes.EVIDENCE_SUBMITTED, e.learnerId, EvidenceSubmitted.of(e))))
                .chain(() -> outbox.add(
                        district,
                        DomainEvent.aboutLearner(EventTypes.EVIDENCE_SCORED, e.learnerId, EvidenceScored.of(e, score))))
                .map(eventId -> EvidenceView.of(e));
    }

    private static Artifact artifact(ArtifactRef ref) {
        if (ref == null) {
            return null;
        }
        Artifact artifact = new Artifact();
        artifact.url = ref.url();
        artifact.mediaType = ref.mediaType();
        artifact.title = ref.title();
        return artifact;
    }

    /** Microsecond precision, as PostgreSQL stores it, so that cursors built from memory match the rows. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utcMicros(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
