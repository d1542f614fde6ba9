package org.proficio.assessment.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A level of a published framework's proficiency scale; a score names one by its code. */
@Entity
@Table(name = "catalog_scale_level")
public class CatalogScaleLevel {

    /** Local surrogate key: the snapshot identifies a level by its code within the framework. */
    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public CatalogFramework framework;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public BigDecimal score;

    /** Whether a score at this level counts as having shown proficiency. */
    @Column(nullable = false)
    public boolean proficient;

    @Column(nullable = false)
    public int position;
}
