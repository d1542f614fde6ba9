package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** What a rubric criterion looks like at one level: the descriptor students and families read. */
@Entity
@Table(name = "rubric_level", schema = "catalog")
public class CatalogRubricLevel {

    /** Local surrogate key: the snapshot identifies a descriptor by its place among the criterion's levels. */
    @Id
    public UUID id;

    @Column(name = "criterion_id", nullable = false)
    public UUID criterionId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    /** The code of the scale level it describes, or null. */
    @Column(name = "scale_level")
    public String scaleLevel;

    public String quality;

    public String description;

    public BigDecimal score;

    @Column(nullable = false)
    public int position;
}
