package org.proficio.competency.caseapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the CASE 1.0 REST API (the base URI of the objects' uris is {@code proficio.case.base-uri}). */
@ConfigMapping(prefix = "proficio.case-api")
public interface CaseApiConfig {

    /** Largest page of {@code GET CFDocuments}; a larger {@code limit} is lowered to it. */
    @WithDefault("500")
    int maxLimit();
}
