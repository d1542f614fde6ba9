package org.proficio.progression.mastery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the append-only decision history of a learner on a competency: what changed it (a piece of evidence,
 * an override or its reversal, a policy change), the status before and after, the policy version, the scores it
 * judged, the computation, and a sentence a learner or a family can read.
 */
@Entity
@Table(name = "mastery_decision")
public class MasteryDecision {

    /** What a decision was about. */
    public enum Cause {
        /** A new or re-scored piece of evidence. */
        EVIDENCE,
        /** An educator or district admin set the status by hand. */
        OVERRIDE,
        /** The override was taken back: the policy decides again. */
        OVERRIDE_REVERSED,
        /** A new policy version judged the same scores. */
        POLICY
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(name = "learner_id", nullable = false)
    public String learnerId;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cause cause;

    /** The evidence that caused it (cause EVIDENCE), else null. */
    @Column(name = "evidence_id")
    public UUID evidenceId;

    /** The level of that evidence's score. */
    public String level;

    /** Whether that score was proficient. */
    public Boolean proficient;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    public MasteryStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MasteryStatus status;

    /** The policy's value after the decision and the scale level it falls in. */
    public BigDecimal value;

    @Column(name = "value_level")
    public String valueLevel;

    @Column(name = "policy_id")
    public UUID policyId;

    @Column(name = "policy_version", nullable = false)
    public int policyVersion;

    @Column(name = "consecutive_non_proficient", nullable = false)
    public int consecutiveNonProficient;

    @Column(name = "proficient_count", nullable = false)
    public int proficientCount;

    /** The scores judged, a JSON array of {evidenceId, score, level, observedAt, modality, assessmentKind}. */
    @Column(nullable = false)
    public String inputs;

    public String computation;

    /** The sentence for learners and families (and, for an override, the educator's reason). */
    @Column(nullable = false)
    public String reason;

    /** Who decided by hand (override, reversal, policy change); null for the policy applied to evidence. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    /** The writing transaction's id, set by PostgreSQL: the change feed's order (with {@link #seq}). */
    @Column(insertable = false, updatable = false)
    public Long tx;

    /** Set by PostgreSQL: the order of the decisions of one transaction. */
    @Column(insertable = false, updatable = false)
    public Long seq;
}
