package org.proficio.competency.scale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One level of a district's proficiency scale, lowest first. */
@Entity
@Table(name = "proficiency_scale_level")
public class ProficiencyScaleLevel {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scale_id")
    public ProficiencyScale scale;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    public String description;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public boolean proficient;

    ProficiencyLevel toLevel() {
        return new ProficiencyLevel(code, label, description, score, proficient);
    }
}
