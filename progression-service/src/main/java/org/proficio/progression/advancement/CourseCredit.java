package org.proficio.progression.advancement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A course's credit, earned when every competency the course counts was mastered; awarded once, kept. */
@Entity
@Table(name = "course_credit")
@IdClass(CourseCredit.Key.class)
public class CourseCredit {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Id
    @Column(name = "course_id")
    public UUID courseId;

    @Column(nullable = false)
    public BigDecimal credits;

    @Column(name = "awarded_at", nullable = false)
    public OffsetDateTime awardedAt;

    /** The decision that mastered the course's last competency; null when awarded on an enrollment. */
    @Column(name = "decision_id")
    public UUID decisionId;

    /** The primary key. */
    public record Key(String district, String learnerId, UUID courseId) implements Serializable {}
}
