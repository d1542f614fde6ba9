package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A rubric of a published framework; its criteria are {@link CatalogRubricCriterion} rows. */
@Entity
@Table(name = "rubric", schema = "catalog")
public class CatalogRubric {

    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    public String title;

    @Column(nullable = false)
    public int position;
}
