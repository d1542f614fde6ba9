package org.proficio.assessment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The final judgement of evidence on one competency, as a level of the framework's scale, with the rubric criteria
 * levels and the feedback the student reads. {@link #basis} says how it was reached.
 */
@Entity
@Table(name = "evidence_score")
public class EvidenceScore {

    public enum Status {
        FINAL
    }

    /** How a final score was reached. */
    public enum Basis {
        /** Sent with the evidence by its submitter (an LMS's or an educator's own judgement). */
        SUBMITTED,
        /** The one rater the assessment requires. */
        SINGLE_RATER,
        /** Several blind raters agreed; the rule in the module README picks the level. */
        AGREEMENT,
        /** The raters disagreed and a moderator decided. */
        MODERATION
    }

    /** A rubric criterion's level within the score. */
    public record CriterionLevel(UUID criterionId, String level) {}

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evidence_id")
    public Evidence evidence;

    @Column(nullable = false)
    public String district;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    /** Code of the scale level, e.g. {@code developing}. */
    @Column(nullable = false)
    public String level;

    /** The level's numeric score, copied from the scale when scored. */
    @Column(nullable = false)
    public BigDecimal score;

    /** Whether the level counts as proficient, copied from the scale when scored. */
    @Column(nullable = false)
    public boolean proficient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basis basis;

    /** Levels per rubric criterion, when the score was given with a rubric. */
    @Convert(converter = CriterionLevelsJson.class)
    @ColumnTransformer(read = CriterionLevelsJson.READ, write = CriterionLevelsJson.WRITE)
    public List<CriterionLevel> criteria;

    /** What the student reads: what went well and what to do next. */
    public String feedback;

    @Column(name = "scored_by", nullable = false)
    public String scoredBy;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;
}
