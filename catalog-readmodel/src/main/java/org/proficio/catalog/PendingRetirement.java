package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A retirement delivered before the framework's snapshot. {@link CatalogUpdater} applies it, and removes it, when the
 * district's snapshot of that framework arrives.
 */
@Entity
@Table(name = "pending_retirement", schema = "catalog")
public class PendingRetirement {

    @Id
    @Column(name = "framework_id")
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    @Column(name = "retired_at", nullable = false)
    public OffsetDateTime retiredAt;

    @Column(name = "superseded_by")
    public UUID supersededBy;
}
