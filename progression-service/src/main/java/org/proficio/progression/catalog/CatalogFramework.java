package org.proficio.progression.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A published framework of a district, as the last FrameworkPublished snapshot described it. */
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

    /** When this service took the snapshot in. */
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
