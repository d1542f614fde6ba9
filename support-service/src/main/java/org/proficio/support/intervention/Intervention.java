package org.proficio.support.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Support for one learner stuck on one competency; at most one is open per learner and competency. */
@Entity
@Table(name = "intervention")
public class Intervention {

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

    /** Why it was opened, e.g. {@code 2 consecutive scores below proficient}. */
    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionStatus status;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** The evidence whose score made progression call the learner struggling; null when none did (an override). */
    @Column(name = "trigger_evidence_id")
    public UUID triggerEvidenceId;

    /** How it ended, e.g. {@code competency mastered}; null while open. */
    public String resolution;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    /** Optimistic lock: a resolution cannot overwrite a change it did not see. */
    @Version
    public int revision;
}
