package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A criterion of a rubric, usually judging one competency; its level descriptors are {@link CatalogRubricLevel}s. */
@Entity
@Table(name = "rubric_criterion", schema = "catalog")
public class CatalogRubricCriterion {

    @Id
    public UUID id;

    @Column(name = "rubric_id", nullable = false)
    public UUID rubricId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    /** The competency it judges, or null (a criterion may judge something outside the framework). */
    @Column(name = "competency_id")
    public UUID competencyId;

    public String description;

    public BigDecimal weight;

    /** Order among the rubric's criteria. */
    @Column(nullable = false)
    public int position;
}
