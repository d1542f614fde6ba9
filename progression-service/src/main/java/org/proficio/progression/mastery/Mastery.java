package org.proficio.progression.mastery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Where one learner stands on one competency; one row per (district, learner, competency). */
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

    /** Optimistic lock: two instances applying evidence to the same row cannot both win. */
    @Version
    public int revision;

    public Standing standing() {
        return new Standing(status, evidenceCount, proficientCount, consecutiveNonProficient);
    }
}
