package org.proficio.assessment.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What the other features of this service may ask the catalog read model. It answers from local tables, so
 * evidence intake keeps working while the competency-service is down.
 */
@ApplicationScoped
public class Catalog {

    private final CatalogCompetencyRepository competencies;

    public Catalog(CatalogCompetencyRepository competencies) {
        this.competencies = competencies;
    }

    /** The district's published competency with its scale, or null if the district has none by that id. */
    @WithSession
    public Uni<ScaledCompetency> competency(@NotNull String district, @NotNull UUID competencyId) {
        return competencies.findWithScale(district, competencyId).map(c -> c == null ? null : ScaledCompetency.of(c));
    }
}
