package org.proficio.assessment.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogCompetencyRepository;
import org.proficio.catalog.CatalogFramework;
import org.proficio.catalog.CatalogFrameworkRepository;
import org.proficio.catalog.CatalogRubric;
import org.proficio.catalog.CatalogRubricCriterion;
import org.proficio.catalog.CatalogRubricLevel;
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
    private final CatalogFrameworkRepository frameworks;

    public Catalog(
            CatalogCompetencyRepository competencies,
            CatalogScaleLevelRepository levels,
            CatalogFrameworkRepository frameworks) {
        this.competencies = competencies;
        this.levels = levels;
        this.frameworks = frameworks;
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

    /**
     * The district's published competencies among {@code ids}, each with its scale, by id; ids the district has no
     * competency for are absent.
     */
    @WithSession
    public Uni<Map<UUID, ScaledCompetency>> competencies(@NotNull String district, @NotNull List<UUID> ids) {
        return competencies.listByIds(district, ids).chain(found -> {
            List<UUID> frameworkIds =
                    found.stream().map(c -> c.frameworkId).distinct().toList();
            return levels.listOfFrameworks(district, frameworkIds)
                    .map(scales -> found.stream()
                            .collect(Collectors.toMap(
                                    c -> c.id,
                                    c -> ScaledCompetency.of(c, scales.getOrDefault(c.frameworkId, List.of())))));
        });
    }

    /** The district's framework (retired or not), or null. */
    @WithSession
    public Uni<CatalogFramework> framework(@NotNull String district, @NotNull UUID frameworkId) {
        return frameworks.findInDistrict(district, frameworkId);
    }

    /** The district's rubric with its criteria and their level descriptors, or null. */
    @WithSession
    public Uni<Rubric> rubric(@NotNull String district, @NotNull UUID rubricId) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "from CatalogRubric where id = :id and district = :district", CatalogRubric.class)
                        .setParameter("id", rubricId)
                        .setParameter("district", district)
                        .getSingleResultOrNull()
                        .chain(rubric -> rubric == null
                                ? Uni.createFrom().nullItem()
                                : session.createSelectionQuery(
                                                "from CatalogRubricCriterion where rubricId = :id order by position",
                                                CatalogRubricCriterion.class)
                                        .setParameter("id", rubricId)
                                        .getResultList()
                                        .chain(criteria -> session.createSelectionQuery(
                                                        "from CatalogRubricLevel where criterionId in :ids order by position",
                                                        CatalogRubricLevel.class)
                                                .setParameter(
                                                        "ids",
                                                        criteria.stream()
                                                                .map(c -> c.id)
                                                                .toList())
                                                .getResultList()
                                                .map(descriptors -> Rubric.of(rubric, criteria, descriptors)))));
    }
}
