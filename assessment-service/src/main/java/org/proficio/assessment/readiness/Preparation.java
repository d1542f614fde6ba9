package org.proficio.assessment.readiness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Additional preparation a learner did for an assessment (a tutoring session, a practice set, a revision plan), as
 * recorded by staff or an integration. A retest after a non-proficient attempt needs one recorded since that attempt.
 */
@Entity
@Table(name = "preparation")
public class Preparation {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(name = "learner_id", nullable = false)
    public String learnerId;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    /** What the learner did. */
    @Column(nullable = false)
    public String activity;

    /** The day the learner completed it, as the recorder states it. */
    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    /** Who vouches that it was done: the name the recorder gave, or the recorder. */
    @Column(name = "verified_by", nullable = false)
    public String verifiedBy;

    /** The token's principal that recorded it. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** When it was recorded: the time the retest rule compares with the previous attempt. */
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
