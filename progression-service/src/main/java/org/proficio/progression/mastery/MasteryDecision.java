package org.proficio.progression.mastery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the append-only history: a piece of evidence, what the rule decided and why. */
@Entity
@Table(name = "mastery_decision")
public class MasteryDecision {

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

    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;

    @Column(nullable = false)
    public String level;

    @Column(nullable = false)
    public boolean proficient;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    public MasteryStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MasteryStatus status;

    @Column(name = "consecutive_non_proficient", nullable = false)
    public int consecutiveNonProficient;

    @Column(name = "proficient_count", nullable = false)
    public int proficientCount;

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;
}
