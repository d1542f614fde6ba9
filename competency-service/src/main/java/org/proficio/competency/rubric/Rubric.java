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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.proficio.competency.framework.Framework;

/** A rubric of a framework (CASE CFRubric): criteria, each tied to a competency, with one descriptor per level. */
@Entity
@Table(name = "rubric")
public class Rubric {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String identifier;

    public String uri;

    public String title;

    public String description;

    @Column(nullable = false)
    public int position;

    @Column(name = "last_change")
    public OffsetDateTime lastChange;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RubricCriterion> criteria = new ArrayList<>();
}
