package org.proficio.progression.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One level of the proficiency scale a published framework is judged on; learners see it next to their status. */
@Entity
@Table(name = "catalog_scale_level")
public class CatalogScaleLevel {

    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public boolean proficient;
}
