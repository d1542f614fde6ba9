package org.proficio.progression.pacing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stretch of time in which a learner did not move on a competency she is working on: opened (and announced, once)
 * by the pacing job, closed when she moves again.
 */
@Entity
@Table(name = "pacing_episode")
public class PacingEpisode {

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

    /** STALLED: no move for the configured time. */
    @Column(nullable = false)
    public String kind;

    /** When she last moved before the episode opened. */
    @Column(nullable = false)
    public OffsetDateTime since;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The decision with which she moved again. */
    @Column(name = "closed_by")
    public UUID closedBy;
}
