package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A graduation pathway of the district: met when every requirement it names is met (each required course's credit,
 * at least {@code minCredits} credits, each required competency mastered). The highest revision received is kept.
 */
@Entity
@Table(name = "pathway", schema = "catalog")
public class CatalogPathway {

    /** The pathway id of competency-service. */
    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String diploma;

    /** Null when the pathway asks for no number of credits. */
    @Column(name = "min_credits")
    public BigDecimal minCredits;

    @Convert(converter = JsonUuids.class)
    @Column(name = "required_course_ids", nullable = false)
    public List<UUID> requiredCourseIds = List.of();

    @Convert(converter = JsonUuids.class)
    @Column(name = "required_competency_ids", nullable = false)
    public List<UUID> requiredCompetencyIds = List.of();

    @Column(nullable = false)
    public int revision;

    @Column(name = "defined_at", nullable = false)
    public OffsetDateTime definedAt;
}
