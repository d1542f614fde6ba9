package org.proficio.progression.mastery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** Thresholds of the mastery rule ({@link MasteryRule}), per deployment. */
@ConfigMapping(prefix = "proficio.mastery")
public interface MasteryConfig {

    /** Consecutive scores below proficient after which a learner is STRUGGLING on a competency. */
    @WithDefault("2")
    @Min(1)
    int strugglingAfter();

    /** Proficient pieces of evidence a learner needs before a competency counts as MASTERED. */
    @WithDefault("1")
    @Min(1)
    int proficientEvidenceRequired();
}
