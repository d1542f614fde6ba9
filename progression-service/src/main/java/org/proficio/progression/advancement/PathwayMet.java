package org.proficio.progression.advancement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A graduation pathway whose requirements the learner met, recorded once. */
@Entity
@Table(name = "pathway_met")
@IdClass(PathwayMet.Key.class)
public class PathwayMet {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Id
    @Column(name = "pathway_id")
    public UUID pathwayId;

    @Column(name = "met_at", nullable = false)
    public OffsetDateTime metAt;

    @Column(name = "decision_id")
    public UUID decisionId;

    /** The primary key. */
    public record Key(String district, String learnerId, UUID pathwayId) implements Serializable {}
}
