package org.proficio.competency.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One node of a framework's tree: a domain, a competency or a learning target. */
@Entity
@Table(name = "competency")
public class Competency {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    public Framework framework;

    @Column(nullable = false)
    public String district;

    /** Human coding scheme, e.g. {@code 6.RP.A.1}; unique within the framework. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String statement;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Order among all competencies of the framework (depth-first as given). */
    @Column(nullable = false)
    public int position;
}
