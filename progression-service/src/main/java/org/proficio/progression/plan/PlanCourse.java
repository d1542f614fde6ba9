package org.proficio.progression.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A course of the catalog on a learner's learning plan, with the dates the district expects her to work in. */
@Entity
@Table(name = "plan_course")
@IdClass(PlanCourse.Key.class)
public class PlanCourse extends PlanEntry {

    @Id
    @Column(name = "course_id")
    public UUID courseId;

    /** The primary key. */
    public record Key(String district, String learnerId, UUID courseId) implements Serializable {}
}
