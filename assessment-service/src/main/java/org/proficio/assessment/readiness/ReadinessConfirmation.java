package org.proficio.assessment.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An educator's recorded judgement that a learner is ready for an assessment. */
@Entity
@Table(name = "readiness_confirmation")
public class ReadinessConfirmation {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(name = "learner_id", nullable = false)
    public String learnerId;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    /** Why the educator judges the learner ready. */
    public String note;

    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    public OffsetDateTime confirmedAt;
}
