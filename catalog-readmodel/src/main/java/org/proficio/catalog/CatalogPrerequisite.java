package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A learning progression step: {@code competencyId} is mastered after {@code prerequisiteId}. The prerequisite may
 * be a competency of another framework of the district.
 */
@Entity
@Table(name = "prerequisite", schema = "catalog")
public class CatalogPrerequisite {

    /** Local surrogate key: the snapshot identifies a prerequisite by its pair of competencies. */
    @Id
    public UUID id;

    /** The framework whose snapshot states it (the framework of {@code competencyId}). */
    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(name = "prerequisite_id", nullable = false)
    public UUID prerequisiteId;
}
