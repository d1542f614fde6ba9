package org.proficio.progression.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One competency of a published framework, kept for listing progress on competencies without evidence. */
@Entity
@Table(name = "catalog_competency")
public class CatalogCompetency {

    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String statement;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Order among all competencies of the framework, as competency-service gave it. */
    @Column(nullable = false)
    public int position;
}
