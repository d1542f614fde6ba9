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
import java.util.Objects;

/**
 * A learner of the district, named by the district's own learner id. Registered by district admins, educators and
 * integrations (one at a time or in bulk) and by OneRoster imports; {@code revision} counts the changes.
 */
@Entity
@Table(name = "learner")
@IdClass(Learner.Key.class)
public class Learner {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "school_id")
    public String schoolId;

    @Column(name = "grade_level")
    public String gradeLevel;

    @Column(nullable = false)
    public boolean active;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RosterSource source;

    @Column(nullable = false)
    public int revision;

    /** Registered from evidence, not yet confirmed by the district (an API or OneRoster write clears it). */
    @Column(nullable = false)
    public boolean flagged;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Whether the learner already reads as {@code details}, confirmed by the district. */
    boolean reads(LearnerDetails details) {
        return !flagged
                && displayName.equals(details.displayName())
                && Objects.equals(schoolId, details.schoolId())
                && Objects.equals(gradeLevel, details.gradeLevel())
                && active == details.active();
    }

    void take(LearnerDetails details, RosterSource by, OffsetDateTime at) {
        displayName = details.displayName();
        schoolId = details.schoolId();
        gradeLevel = details.gradeLevel();
        active = details.active();
        flagged = false;
        source = by;
        updatedAt = at;
    }

    /** The primary key. */
    public record Key(String district, String learnerId) implements Serializable {}
}
