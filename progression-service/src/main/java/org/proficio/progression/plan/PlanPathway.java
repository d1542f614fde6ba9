package org.proficio.progression.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A graduation pathway on a learner's learning plan, with the dates the district expects her to complete it in. */
@Entity
@Table(name = "plan_pathway")
@IdClass(PlanPathway.Key.class)
public class PlanPathway extends PlanEntry {

    @Id
    @Column(name = "pathway_id")
    public UUID pathwayId;

    /** The primary key. */
    public record Key(String district, String learnerId, UUID pathwayId) implements Serializable {}
}
