package org.proficio.assessment.evidence;

import jakarta.persistence.Column;
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
import java.util.UUID;

/**
 * A judgement of evidence on one competency, as a level of the framework's scale. In the walking skeleton the
 * submitter's score is {@link Status#FINAL}; rubric scoring and calibration will add rater scores that lead to one.
 */
@Entity
@Table(name = "evidence_score")
public class EvidenceScore {

    public enum Status {
        FINAL
    }

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

    @Column(name = "scored_by", nullable = false)
    public String scoredBy;

    @Column(name = "scored_at", nullable = false)
    public OffsetDateTime scoredAt;
}
