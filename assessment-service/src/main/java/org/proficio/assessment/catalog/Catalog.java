package org.proficio.assessment.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.proficio.catalog.CatalogCompetencyRepository;
import org.proficio.catalog.CatalogScaleLevelRepository;

/**
 * What the other features of this service may ask the catalog read model (the shared {@code catalog-readmodel}
 * library, fed from the competency-service's events). It answers from local tables, so evidence intake keeps working
 * while the competency-service is down.
 */
@ApplicationScoped
public class Catalog {

    private final CatalogCompetencyRepository competencies;
    private final CatalogScaleLevelRepository levels;

    public Catalog(CatalogCompetencyRepository competencies, CatalogScaleLevelRepository levels) {
        this.competencies = competencies;
        this.levels = levels;
    }

    /** The district's published competency with its scale, or null if the district has none by that id. */
    @WithSession
    public Uni<ScaledCompetency> competency(@NotNull String district, @NotNull UUID competencyId) {
        return competencies
                .findInDistrict(district, competencyId)
                .chain(c -> c == null
                        ? Uni.createFrom().nullItem()
                        : levels.listOfFramework(district, c.frameworkId).map(scale -> ScaledCompetency.of(c, scale)));
    }
}
