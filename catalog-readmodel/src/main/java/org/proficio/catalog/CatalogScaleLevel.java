package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A level of the proficiency scale a published framework is judged on; a score names one by its code. */
@Entity
@Table(name = "scale_level", schema = "catalog")
public class CatalogScaleLevel {

    /** Local surrogate key: the snapshot identifies a level by its code within the framework. */
    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    public String description;

    @Column(nullable = false)
    public BigDecimal score;

    /** Whether a score at this level counts as having shown proficiency. */
    @Column(nullable = false)
    public boolean proficient;

    /** Lowest level first. */
    @Column(nullable = false)
    public int position;
}
