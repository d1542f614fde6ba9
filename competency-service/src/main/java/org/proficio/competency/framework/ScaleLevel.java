package org.proficio.competency.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One ordered level of the proficiency scale a framework's competencies are judged on. */
@Entity
@Table(name = "scale_level")
public class ScaleLevel {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    /** What a learner at this level can do, in words students and families can read. */
    public String description;

    @Column(nullable = false)
    public BigDecimal score;

    /** Whether a score at this level counts as having shown proficiency. */
    @Column(nullable = false)
    public boolean proficient;

    /** The level awarded when a competency is completed without a rating (Moodle's "scaledefault"; V4). */
    @Column(name = "default_level", nullable = false)
    public boolean defaultLevel;
}
