package org.proficio.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a learner must show before a summative attempt: a number of formative pieces of evidence on each of the
 * assessment's competencies, and/or an educator's recorded confirmation that the learner is ready.
 */
@Embeddable
public class ReadinessPolicy {

    @Column(name = "readiness_formative_evidence", nullable = false)
    public int formativeEvidence;

    @Column(name = "readiness_confirmation", nullable = false)
    public boolean confirmationRequired;

    public boolean requiresAnything() {
        return formativeEvidence > 0 || confirmationRequired;
    }

    public static ReadinessPolicy of(int formativeEvidence, boolean confirmationRequired) {
        ReadinessPolicy p = new ReadinessPolicy();
        p.formativeEvidence = formativeEvidence;
        p.confirmationRequired = confirmationRequired;
        return p;
    }
}
