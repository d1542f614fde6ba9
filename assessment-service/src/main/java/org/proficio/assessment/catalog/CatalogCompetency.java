package org.proficio.assessment.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A competency of a published framework; evidence is submitted against its id. */
@Entity
@Table(name = "catalog_competency")
public class CatalogCompetency {

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
    public String statement;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public int position;
}
