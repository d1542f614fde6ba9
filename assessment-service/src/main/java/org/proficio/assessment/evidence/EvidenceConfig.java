package org.proficio.assessment.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of evidence intake. */
@ConfigMapping(prefix = "proficio.evidence")
public interface EvidenceConfig {

    /** How far in the future {@code observedAt} may lie, for clocks of submitting systems that run ahead. */
    @WithDefault("PT5M")
    Duration clockSkew();
}
