package org.proficio.competency.rubric;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One criterion of a rubric (CASE CFRubricCriterion), usually about one competency (its CFItemURI). */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    public Rubric rubric;

    @Column(nullable = false)
    public String identifier;

    public String uri;

    /** The competency the criterion judges, when it is one of the district's. */
    @Column(name = "competency_id")
    public UUID competencyId;

    @Column(name = "item_identifier")
    public String itemIdentifier;

    @Column(name = "item_uri")
    public String itemUri;

    @Column(name = "item_title")
    public String itemTitle;

    public String category;

    public String description;

    public BigDecimal weight;

    @Column(nullable = false)
    public int position;

    @Column(name = "last_change")
    public OffsetDateTime lastChange;

    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RubricLevel> levels = new ArrayList<>();
}
