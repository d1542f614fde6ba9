package org.proficio.progression.mastery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The scores mastery is judged on. */
@ApplicationScoped
public class ScoreRepository implements PanacheRepositoryBase<Score, Score.Key> {

    /**
     * Keeps a final score: inserted when new, replacing the one held for the same evidence only when it was scored
     * later and says something else (a re-score); a repeated, an older or an identical one changes nothing. Answers
     * whether the row changed.
     */
    public Uni<Boolean> keep(String district, EvidenceScored scored) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                insert into mastery_score (district, learner_id, competency_id, framework_id,
                                    evidence_id, score, level, proficient, assessment_kind, modality, observed_at,
                                    scored_at)
                                values (:district, :learner, :competency, :framework, :evidence, :score, :level,
                                    :proficient, :kind, :modality, :observed, :scored)
                                on conflict (district, learner_id, competency_id, evidence_id) do update
                                set framework_id = excluded.framework_id, score = excluded.score,
                                    level = excluded.level, proficient = excluded.proficient,
                                    assessment_kind = excluded.assessment_kind, modality = excluded.modality,
                                    observed_at = excluded.observed_at, scored_at = excluded.scored_at
                                where mastery_score.scored_at < excluded.scored_at
                                  and (mastery_score.framework_id, mastery_score.score, mastery_score.level,
                                       mastery_score.proficient, mastery_score.assessment_kind,
                                       mastery_score.modality, mastery_score.observed_at)
                                      is distinct from
                                      (excluded.framework_id, excluded.score, excluded.level, excluded.proficient,
                                       excluded.assessment_kind, excluded.modality, excluded.observed_at)
                                """)
                        .setParameter("district", district)
                        .setParameter("learner", scored.learnerId())
                        .setParameter("competency", scored.competencyId())
                        .setParameter("framework", scored.frameworkId())
                        .setParameter("evidence", scored.evidenceId())
                        .setParameter("score", scored.score())
                        .setParameter("level", scored.level())
                        .setParameter("proficient", scored.proficient())
                        .setParameter("kind", scored.assessmentKind())
                        .setParameter("modality", scored.modality())
                        .setParameter("observed", scored.observedOrScoredAt())
                        .setParameter("scored", scored.scoredAt())
                        .executeUpdate())
                .map(rows -> rows > 0);
    }

    /** All the learner's scores on the competency. */
    public Uni<List<Score>> listOf(String district, String learnerId, UUID competencyId) {
        return list(
                "district = :district and learnerId = :learnerId and competencyId = :competencyId",
                Parameters.with("district", district)
                        .and("learnerId", learnerId)
                        .and("competencyId", competencyId));
    }
}
