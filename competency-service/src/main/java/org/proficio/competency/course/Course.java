package org.proficio.competency.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A course of a district: its credit is earned by mastering its competencies, not by seat time. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    /** Unique within the district, ignoring case, e.g. {@code MATH-6}. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public BigDecimal credits;

    public String description;

    /** The competencies whose mastery earns the course's credit. */
    @ElementCollection
    @CollectionTable(name = "course_competency", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "competency_id")
    public Set<UUID> competencyIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic lock; also the ETag. */
    @Version
    public int revision;
}
