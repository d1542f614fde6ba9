package org.proficio.progression.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.proficio.catalog.CatalogCompetency;
import org.proficio.catalog.CatalogCompetencyRepository;
import org.proficio.catalog.CatalogFrameworkRepository;
import org.proficio.catalog.CatalogScaleLevel;
import org.proficio.catalog.CatalogScaleLevelRepository;
import org.proficio.platform.problem.ProblemException;

/**
 * What the progress views ask the catalog read model of the district's published frameworks (the shared
 * catalog-readmodel library, which builds it from the competency-service's events). It never calls
 * competency-service, so progress keeps working while the catalog is down.
 */
@ApplicationScoped
public class CatalogService {

    private final CatalogFrameworkRepository frameworks;
    private final CatalogCompetencyRepository competencies;
    private final CatalogScaleLevelRepository levels;

    public CatalogService(
            CatalogFrameworkRepository frameworks,
            CatalogCompetencyRepository competencies,
            CatalogScaleLevelRepository levels) {
        this.frameworks = frameworks;
        this.competencies = competencies;
        this.levels = levels;
    }

    /** The district's published competencies, optionally of one framework, in catalog order. */
    @WithSession
    public Uni<List<CatalogCompetency>> competencies(@NotNull String district, UUID frameworkId) {
        return competencies.listInDistrict(district, frameworkId);
    }

    /** The district's competencies among {@code ids}, for naming those known from evidence. */
    @WithSession
    public Uni<List<CatalogCompetency>> named(@NotNull String district, @NotNull List<UUID> ids) {
        return competencies.listByIds(district, ids);
    }

    /** The district's competency, or null when the read model has none by that id. */
    @WithSession
    public Uni<CatalogCompetency> competency(@NotNull String district, @NotNull UUID id) {
        return competencies.findInDistrict(district, id);
    }

    /** Nothing when the district has published the framework (or none is named); a 404 otherwise. */
    @WithSession
    public Uni<Void> requireFramework(@NotNull String district, UUID frameworkId) {
        if (frameworkId == null) {
            return Uni.createFrom().voidItem();
        }
        return frameworks
                .findInDistrict(district, frameworkId)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No framework " + frameworkId + " in your district."))
                .replaceWithVoid();
    }

    /** The scale of the district's framework, lowest level first; empty when the read model lacks it. */
    @WithSession
    public Uni<List<CatalogScaleLevel>> scale(@NotNull String district, @NotNull UUID frameworkId) {
        return levels.listOfFramework(district, frameworkId);
    }
}
