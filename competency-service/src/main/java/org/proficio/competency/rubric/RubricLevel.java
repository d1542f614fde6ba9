package org.proficio.competency.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The descriptor of one level of a criterion (CASE CFRubricCriterionLevel), optionally tied to a scale level. */
@Entity
@Table(name = "rubric_level")
public class RubricLevel {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    public RubricCriterion criterion;

    @Column(nullable = false)
    public String identifier;

    public String uri;

    /** What work at this level looks like, for students and families. */
    public String description;

    /** CASE quality label, e.g. "Proficient". */
    public String quality;

    public BigDecimal score;

    public String feedback;

    /** Code of the framework's scale level this descriptor describes, when known. */
    @Column(name = "scale_level")
    public String scaleLevel;

    @Column(nullable = false)
    public int position;

    @Column(name = "last_change")
    public OffsetDateTime lastChange;
}
