package org.proficio.assessment.learner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A district's setting for evidence intake; a district without a row has the defaults. */
@Entity
@Table(name = "evidence_setting")
public class EvidenceSetting {

    @Id
    public String district;

    @Enumerated(EnumType.STRING)
    @Column(name = "unknown_learners", nullable = false)
    public UnknownLearners unknownLearners;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** What evidence about a learner the district has not registered gets. */
    public enum UnknownLearners {
        /** Accepted; progression-service registers her from it, flagged for the district to confirm. The default. */
        REGISTER,
        /** Refused with 422 naming her. */
        REFUSE
    }
}
