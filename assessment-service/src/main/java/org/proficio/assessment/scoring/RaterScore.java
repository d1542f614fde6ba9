package org.proficio.assessment.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.proficio.assessment.evidence.CriterionLevelsJson;
import org.proficio.assessment.evidence.EvidenceScore.CriterionLevel;

/**
 * One rater's own judgement of a piece of evidence on one competency. Raters score blind; when enough of them have
 * scored, {@link Consensus} turns their scores into the final score or sends the competency to moderation. The rows
 * stay afterwards as the input of the agreement statistics.
 */
@Entity
@Table(name = "rater_score")
public class RaterScore {

    @Id
    public UUID id;

    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;

    @Column(nullable = false)
    public String district;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    /** The evidence's assessment, copied for the statistics; null for evidence that names none. */
    @Column(name = "assessment_id")
    public UUID assessmentId;

    /** The rater's principal name. */
    @Column(nullable = false)
    public String rater;

    /** Code of the scale level. */
    @Column(nullable = false)
    public String level;

    /** The level's place on the scale, 0 for the lowest. */
    @Column(nullable = false)
    public int rank;

    /** How many levels the scale had when scored. */
    @Column(name = "scale_levels", nullable = false)
    public int scaleLevels;

    @Column(nullable = false)
    public boolean proficient;

    @Convert(converter = CriterionLevelsJson.class)
    @ColumnTransformer(read = CriterionLevelsJson.READ, write = CriterionLevelsJson.WRITE)
    public List<CriterionLevel> criteria;

    public String feedback;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;
}
