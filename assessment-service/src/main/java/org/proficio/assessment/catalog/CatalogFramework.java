package org.proficio.assessment.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A published framework as the competency-service last announced it; written only by {@link CatalogUpdater}. */
@Entity
@Table(name = "catalog_framework")
public class CatalogFramework {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String version;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CatalogCompetency> competencies = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<CatalogScaleLevel> scale = new ArrayList<>();
}
