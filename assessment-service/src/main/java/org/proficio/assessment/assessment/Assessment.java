package org.proficio.assessment.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What evidence is an attempt at: a test, a presentation, a project... aligned to competencies of one published
 * framework, with the rubric its raters use, its calibration, readiness and retest policies, and whether learners may
 * submit their own work to it.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    /** The competencies it gives evidence of, in the order the author listed them. */
    @ElementCollection
    @CollectionTable(name = "assessment_competency", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "competency_id")
    public List<UUID> competencyIds = new ArrayList<>();

    @Column(name = "rubric_id")
    public UUID rubricId;

    /** The xAPI activity IRI whose statements are evidence of this assessment, if any. */
    @Column(name = "activity_id")
    public String activityId;

    /** The integration's own id for it, if it sent one. */
    @Column(name = "source_id")
    public String sourceId;

    @Embedded
    public Calibration calibration;

    @Embedded
    public ReadinessPolicy readiness;

    @Embedded
    public RetestPolicy retest;

    /**
     * Whether learners may submit their own work as evidence of it (and so as an attempt at it). Without this, only an
     * integration, an educator or a district admin can: a student could otherwise use up a summative assessment's
     * attempts, or take attempt numbers, with anything she writes.
     */
    @Column(name = "student_submission_allowed", nullable = false)
    public boolean studentSubmissionAllowed;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Counts updates; the ETag. */
    @Column(nullable = false)
    public int revision;

    /** Whether a learner must meet the readiness policy before an attempt (summative assessments only). */
    public boolean gatesReadiness() {
        return kind == AssessmentKind.SUMMATIVE && readiness.requiresAnything();
    }
}
