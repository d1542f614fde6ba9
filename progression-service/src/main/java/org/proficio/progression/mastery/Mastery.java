package org.proficio.progression.mastery;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.catalog.JsonStrings;

/**
 * Where one learner stands on one competency; one row per (district, learner, competency). The status is what the
 * policy in force computed from all of the learner's scores ({@code computedStatus}), unless an educator's override
 * holds.
 */
@Entity
@Table(name = "mastery")
public class Mastery {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(name = "learner_id", nullable = false)
    public String learnerId;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    /** As the latest evidence named it; the catalog read model may not have the framework yet. */
    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MasteryStatus status;

    /** What the policy computed; the status too unless an override holds. */
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_status", nullable = false)
    public MasteryStatus computedStatus;

    /** The policy's value on the framework's scale; null before the policy gives one. */
    public BigDecimal value;

    /** The scale level the value falls in. */
    public String level;

    /** The policy version that judged it (null id and version 0: the built-in policy). */
    @Column(name = "policy_id")
    public UUID policyId;

    @Column(name = "policy_version", nullable = false)
    public int policyVersion;

    @Convert(converter = JsonStrings.class)
    @Column(nullable = false)
    public List<String> modalities = List.of();

    @Column(name = "summative_count", nullable = false)
    public int summativeCount;

    /** When the learning behind the first and the last score was observed. */
    @Column(name = "first_evidence_at")
    public OffsetDateTime firstEvidenceAt;

    @Column(name = "last_evidence_at")
    public OffsetDateTime lastEvidenceAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_status")
    public MasteryStatus overrideStatus;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "overridden_at")
    public OffsetDateTime overriddenAt;

    @Column(name = "evidence_count", nullable = false)
    public int evidenceCount;

    @Column(name = "proficient_count", nullable = false)
    public int proficientCount;

    @Column(name = "consecutive_non_proficient", nullable = false)
    public int consecutiveNonProficient;

    @Column(name = "last_level")
    public String lastLevel;

    @Column(name = "last_evidence_id")
    public UUID lastEvidenceId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** When the learner last moved: her first evidence, or evidence that raised her value or her status. */
    @Column(name = "moved_at", nullable = false)
    public OffsetDateTime movedAt;

    /** A pacing episode is open on it: set by the pacing job, cleared by the decision that closes it. */
    @Column(nullable = false)
    public boolean stalled;

    /** Optimistic lock: two instances applying evidence to the same row cannot both win. */
    @Version
    public int revision;

    public boolean overridden() {
        return overrideStatus != null;
    }
}
