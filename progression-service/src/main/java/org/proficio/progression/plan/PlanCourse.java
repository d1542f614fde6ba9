package org.proficio.progression.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.proficio.progression.learner.RosterSource;

/** A course of the catalog on a learner's learning plan, with the dates the district expects her to work in. */
@Entity
@Table(name = "plan_course")
@IdClass(PlanCourse.Key.class)
public class PlanCourse {

    @Id
    public String district;

    @Id
    @Column(name = "learner_id")
    public String learnerId;

    @Id
    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RosterSource source;

    @Column(name = "enrolled_at", nullable = false)
    public OffsetDateTime enrolledAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The primary key. */
    public static class Key implements Serializable {
        public String district;
        public String learnerId;
        public UUID courseId;

        public Key() {}

        public Key(String district, String learnerId, UUID courseId) {
            this.district = district;
            this.learnerId = learnerId;
            this.courseId = courseId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(district, key.district)
                    && Objects.equals(learnerId, key.learnerId)
                    && Objects.equals(courseId, key.courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(district, learnerId, courseId);
        }
    }
}
