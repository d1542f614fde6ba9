package org.proficio.assessment.evidence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.evidence.EvidenceEvents.EvidenceScored;
import org.proficio.assessment.evidence.EvidenceScore.Basis;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.problem.ProblemException;

/**
 * Sets the final score of a piece of evidence on one competency and announces it (EvidenceScored, through the outbox
 * in the caller's transaction). Every way to a final score ends here, so there is exactly one per evidence and
 * competency (also enforced by a unique index) and exactly one event for it.
 */
@ApplicationScoped
public class FinalScores {

    private final Outbox outbox;

    public FinalScores(Outbox outbox) {
        this.outbox = outbox;
    }

    /** What a final score says and how it came about. */
    public record Judgement(
            ScaledCompetency.Level level,
            Basis basis,
            String by,
            List<CriterionLevel> criteria,
            String feedback,
            OffsetDateTime at) {}

    /**
     * Records the final score on the evidence's alignment to {@code competencyId}; the evidence must be managed by the
     * current session (just persisted or loaded with its alignments and scores).
     *
     * @throws ProblemException 409 when the competency already has a final score
     */
    public Uni<EvidenceScore> record(Evidence e, UUID competencyId, Judgement judgement) {
        EvidenceAlignment alignment = e.alignment(competencyId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "evidence " + e.id + " is not aligned to competency " + competencyId));
        if (alignment.status == EvidenceAlignment.Status.FINAL
                || e.finalScore(competencyId).isPresent()) {
            throw ProblemException.conflict(
                    "Evidence " + e.id + " already has a final score on competency " + competencyId + ".");
        }
        EvidenceScore score = new EvidenceScore();
        score.id = UUID.randomUUID();
        score.evidence = e;
        score.district = e.district;
        score.competencyId = competencyId;
        score.frameworkId = alignment.frameworkId;
        score.level = judgement.level().code();
        score.score = judgement.level().score();
        score.proficient = judgement.level().proficient();
        score.status = EvidenceScore.Status.FINAL;
        score.basis = judgement.basis();
        score.criteria = judgement.criteria() == null || judgement.criteria().isEmpty()
                ? null
                : List.copyOf(judgement.criteria());
        score.feedback = judgement.feedback();
        score.scoredBy = judgement.by();
        score.scoredAt = judgement.at();
        e.scores.add(score);
        alignment.status = EvidenceAlignment.Status.FINAL;
        return Panache.getSession()
                .chain(session -> session.persist(score))
                .chain(() -> outbox.add(
                        e.district,
                        DomainEvent.aboutLearner(EventTypes.EVIDENCE_SCORED, e.learnerId, EvidenceScored.of(e, score))))
                .replaceWith(score);
    }
}
