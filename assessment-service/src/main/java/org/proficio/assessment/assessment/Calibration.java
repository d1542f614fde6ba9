package org.proficio.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How many raters judge each piece of evidence, and when their judgements count as agreeing. */
@Embeddable
public class Calibration {

    /** When two raters' levels agree. */
    public enum Agreement {
        /** Only the same level. */
        EXACT,
        /** The same level, or neighbouring levels on the same side of the proficient line. */
        ADJACENT
    }

    /** 1 = a single rater's score is final; more = blind multi-rater scoring. */
    @Column(name = "raters_required", nullable = false)
    public int ratersRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Agreement agreement;

    public static Calibration of(int ratersRequired, Agreement agreement) {
        Calibration c = new Calibration();
        c.ratersRequired = ratersRequired;
        c.agreement = agreement;
        return c;
    }
}
