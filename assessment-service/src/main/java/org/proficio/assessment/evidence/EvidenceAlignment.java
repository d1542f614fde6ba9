package org.proficio.assessment.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A competency a piece of evidence is judged on, and where that judgement stands. */
@Entity
@Table(name = "evidence_alignment")
public class EvidenceAlignment {

    /** Declared from least to most advanced. */
    public enum Status {
        /** Raters have not all scored it yet. */
        AWAITING_SCORES,
        /** The raters disagreed; a moderator decides. */
        MODERATION_REQUIRED,
        /** A final score exists. */
        FINAL
    }

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evidence_id")
    public Evidence evidence;

    @Column(nullable = false)
    public String district;

    @Column(name = "competency_id", nullable = false)
    public UUID competencyId;

    @Column(name = "framework_id", nullable = false)
    public UUID frameworkId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
}
