package org.proficio.catalog;

import io.smallrye.config.ConfigMapping;

/** How a service names its catalog read model. */
@ConfigMapping(prefix = "proficio.catalog")
public interface CatalogConfig {

    /**
     * The inbox consumer name under which the read model records the events it applied, e.g. {@code
     * assessment-catalog}; unique per service, and kept across releases (a new name would apply every event again).
     */
    String consumer();
}
