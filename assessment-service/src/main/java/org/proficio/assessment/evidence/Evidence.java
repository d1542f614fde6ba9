package org.proficio.assessment.evidence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.assessment.Modality;

/** A piece of a learner's work offered as evidence of a competency, with the scores given to it. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String district;

    /** The district's learner id (opaque, unique within the district). */
    @Column(name = "learner_id", nullable = false)
    public String learnerId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(name = "assessment_title", nullable = false)
    public String assessmentTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_kind", nullable = false)
    public AssessmentKind assessmentKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Modality modality;

    /** The submitting system's own id for this evidence, if it sent one. */
    @Column(name = "source_id")
    public String sourceId;

    /** When the work was done or observed; the submission time if the client did not say. */
    @Column(name = "observed_at", nullable = false)
    public OffsetDateTime observedAt;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    /** The token's principal that submitted it (integration client or staff user), for audit. */
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /**
     * In which capacity it was submitted: by the learner herself or by a trusted source; null for evidence stored
     * before the role was recorded (treated like the learner's own).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_role")
    public SubmitterRole submitterRole;

    /** The assessment it is an attempt at, when the submitter named one. */
    @Column(name = "assessment_id")
    public UUID assessmentId;

    /** Which attempt of the learner at the assessment this is (1 = first), when it names an assessment. */
    public Integer attempt;

    @Embedded
    public Artifact artifact;

    /** Short text: the learner's answer, a reflection, or the observer's notes. */
    public String text;

    @Embedded
    public OutsideSchool outsideSchool;

    /** The competencies it is judged on, first = {@link #competencyId}. */
    @OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<EvidenceAlignment> alignments = new ArrayList<>();

    @OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL)
    public List<EvidenceScore> scores = new ArrayList<>();

    /** The final score on this competency, once there is one. */
    public Optional<EvidenceScore> finalScore(UUID competency) {
        return scores.stream()
                .filter(s -> s.status == EvidenceScore.Status.FINAL && s.competencyId.equals(competency))
                .findFirst();
    }

    public Optional<EvidenceAlignment> alignment(UUID competency) {
        return alignments.stream()
                .filter(a -> a.competencyId.equals(competency))
                .findFirst();
    }

    /** Where the judgement of the whole piece stands: the least advanced of its competencies. */
    public EvidenceAlignment.Status status() {
        return alignments.stream()
                .map(a -> a.status)
                .min(Comparator.naturalOrder())
                .orElse(EvidenceAlignment.Status.FINAL);
    }
}
