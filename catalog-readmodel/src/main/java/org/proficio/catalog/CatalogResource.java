package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A learning resource for a competency: what a learner can turn to next. */
@Entity
@Table(name = "learning_resource", schema = "catalog")
public class CatalogResource {

    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String modality;

    @Column(name = "expected_minutes")
    public Integer expectedMinutes;

    @Column(nullable = false)
    public int position;
}
