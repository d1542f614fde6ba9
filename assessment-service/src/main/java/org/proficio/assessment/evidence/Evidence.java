package org.proficio.assessment.evidence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    @Embedded
    public Artifact artifact;

    @OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL)
    public List<EvidenceScore> scores = new ArrayList<>();

    /** The score that counts, once there is one. */
    public Optional<EvidenceScore> finalScore() {
        return scores.stream()
                .filter(s -> s.status == EvidenceScore.Status.FINAL)
                .findFirst();
    }
}
