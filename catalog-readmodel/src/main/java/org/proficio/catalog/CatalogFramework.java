package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A published framework of a district as its latest FrameworkPublished snapshot described it. Its competencies,
 * scale, prerequisites, rubrics, resources and courses are rows of their own that name it by {@code frameworkId}.
 * Written only by {@link CatalogUpdater}.
 */
@Entity
@Table(name = "framework", schema = "catalog")
public class CatalogFramework {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    /** The CASE identifier shared by all versions of the framework. */
    @Column(nullable = false)
    public String identifier;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String version;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    /** The published version this one replaces, or null. */
    public UUID supersedes;

    @Convert(converter = JsonStrings.class)
    @Column(nullable = false)
    public List<String> subjects = List.of();

    @Convert(converter = JsonStrings.class)
    @Column(name = "education_levels", nullable = false)
    public List<String> educationLevels = List.of();

    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FrameworkOrigin origin;

    /** When the framework was retired, or null while it is current. Its rows stay either way. */
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    /** The version that replaced it, if any. */
    @Column(name = "superseded_by")
    public UUID supersededBy;

    public boolean isRetired() {
        return retiredAt != null;
    }
}
