package org.proficio.progression.mastery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A final score a learner has on a competency, kept so that any policy can judge all of them again. One row per
 * (learner, competency, evidence): a re-score of the same evidence replaces it (see {@link ScoreRepository#keep}).
 */
@Entity
@Table(name = "mastery_score")
@IdClass(Score.Key.class)
public class Score {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Id
    @Column(name = "competency_id")
    public UUID competencyId;

    @Id
    @Column(name = "evidence_id")
    public UUID evidenceId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public boolean proficient;

    @Column(name = "assessment_kind")
    public String assessmentKind;

    public String modality;

    @Column(name = "observed_at", nullable = false)
    public OffsetDateTime observedAt;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;

    public ScoredEvidence judged() {
        return new ScoredEvidence(evidenceId, score, level, proficient, assessmentKind, modality, observedAt);
    }

    /** The primary key. */
    public static class Key implements Serializable {
        public String district;
        public String learnerId;
        public UUID competencyId;
        public UUID evidenceId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(district, key.district)
                    && Objects.equals(learnerId, key.learnerId)
                    && Objects.equals(competencyId, key.competencyId)
                    && Objects.equals(evidenceId, key.evidenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(district, learnerId, competencyId, evidenceId);
        }
    }
}
