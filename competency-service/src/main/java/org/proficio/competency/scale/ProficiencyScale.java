package org.proficio.competency.scale;

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

/** A proficiency scale a district defined: ordered levels, the top ones proficient. Immutable once created. */
@Entity
@Table(name = "proficiency_scale")
public class ProficiencyScale {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    /** Unique within the district, ignoring case. */
    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "scale", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProficiencyScaleLevel> levels = new ArrayList<>();
}
