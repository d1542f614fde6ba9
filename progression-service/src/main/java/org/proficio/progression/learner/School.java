package org.proficio.progression.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A school of the district, named by the district's school id (a OneRoster org's sourcedId, for instance). */
@Entity
@Table(name = "school")
@IdClass(School.Key.class)
public class School {

    @Id
    public String district;

    @Id
    @Column(name = "school_id")
    public String schoolId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RosterSource source;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The primary key. */
    public record Key(String district, String schoolId) implements Serializable {}
}
