package org.proficio.competency.casepackage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of CASE import and export. */
@ConfigMapping(prefix = "proficio.case")
public interface CaseConfig {

    /**
     * The public base URI of the CASE API (the gateway): uris of objects that have none are derived from it, e.g.
     * {@code <base-uri>/ims/case/v1p0/CFItems/<identifier>}.
     */
    @WithDefault("http://localhost:8080")
    String baseUri();

    /** Most CFItems, and most CFAssociations, one package may hold; more is refused with 413. */
    @WithDefault("20000")
    int maxObjects();
}
