package org.proficio.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A course of the district that counts a competency of the framework, as that framework's snapshot names it. A
 * course counting competencies of several frameworks has one row per framework.
 */
@Entity
@Table(name = "course", schema = "catalog")
public class CatalogCourse {

    /** Local surrogate key: the course is identified by {@code (frameworkId, courseId)}. */
    @Id
    public UUID id;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public String district;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public BigDecimal credits;

    /** Every competency whose mastery the course counts, this framework's or not. */
    @Convert(converter = JsonUuids.class)
    @Column(name = "competency_ids", nullable = false)
    public List<UUID> competencyIds = List.of();

    @Column(nullable = false)
    public int position;
}
