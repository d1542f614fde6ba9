package org.proficio.competency.pathway;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A graduation pathway of a district: what a learner must complete for a proficiency-based diploma. A learner meets
 * it when every requirement it names is met: each required course earned, at least {@code minCredits} credits, each
 * required competency mastered. Several pathways may lead to the same diploma.
 */
@Entity
@Table(name = "pathway")
public class Pathway {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    /** Unique within the district, ignoring case. */
    @Column(nullable = false)
    public String name;

    /** The diploma the pathway leads to, e.g. "Standard Diploma". */
    @Column(nullable = false)
    public String diploma;

    public String description;

    @Column(name = "min_credits")
    public BigDecimal minCredits;

    @ElementCollection
    @CollectionTable(name = "pathway_course", joinColumns = @JoinColumn(name = "pathway_id"))
    @Column(name = "course_id")
    public Set<UUID> requiredCourseIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "pathway_competency", joinColumns = @JoinColumn(name = "pathway_id"))
    @Column(name = "competency_id")
    public Set<UUID> requiredCompetencyIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic lock; also the ETag. */
    @Version
    public int revision;
}
