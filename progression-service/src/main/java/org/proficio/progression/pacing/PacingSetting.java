package org.proficio.progression.pacing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A district's pacing settings; a district without a row has the service's defaults ({@link PacingConfig}). */
@Entity
@Table(name = "pacing_setting")
public class PacingSetting {

    @Id
    public String district;

    @Column(name = "stalled_after_days", nullable = false)
    public int stalledAfterDays;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
