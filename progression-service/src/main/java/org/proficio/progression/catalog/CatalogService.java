package org.proficio.progression.catalog;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.inbox.UnreadableEventException;

/**
 * The read model of the district's published frameworks: written from FrameworkPublished snapshots, read by the
 * progress views. It never calls competency-service, so progress keeps working while the catalog is down.
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

    /**
     * Upserts a framework from its snapshot: the framework row is updated and its competencies and scale are
     * replaced. A snapshot older than the one held is ignored, so a late redelivery cannot roll the catalog back.
     */
    @WithTransaction
    public Uni<Void> apply(@NotNull String district, @NotNull @Valid FrameworkPublished snapshot) {
        return frameworks.findById(snapshot.frameworkId()).chain(held -> {
            if (held != null && !held.district.equals(district)) {
                // Framework ids are UUIDs minted by competency-service; a clash across districts is a forged or
                // broken event, and taking it in would let one district overwrite another's catalog.
                return Uni.createFrom()
                        .failure(new UnreadableEventException(
                                "framework " + snapshot.frameworkId() + " belongs to another district"));
            }
            if (held != null && held.publishedAt.isAfter(snapshot.publishedAt())) {
                Log.infof("ignoring an older snapshot of framework %s", snapshot.frameworkId());
                return Uni.createFrom().voidItem();
            }
            CatalogFramework framework = held != null ? held : new CatalogFramework();
            framework.id = snapshot.frameworkId();
            framework.district = district;
            framework.title = snapshot.title();
            framework.version = snapshot.version();
            framework.publishedAt = snapshot.publishedAt();
            framework.receivedAt = now();
            return competencies
                    .deleteOfFramework(framework.id)
                    .chain(() -> levels.deleteOfFramework(framework.id))
                    .chain(() -> held != null ? Uni.createFrom().item(framework) : frameworks.persist(framework))
                    .chain(() -> competencies.persist(competenciesOf(district, snapshot)))
                    .chain(() -> levels.persist(levelsOf(snapshot)));
        });
    }

    /** The district's published competencies, optionally of one framework, in catalog order. */
    @WithSession
    public Uni<List<CatalogCompetency>> competencies(@NotNull String district, UUID frameworkId) {
        return competencies.listInDistrict(district, frameworkId);
    }

    /** The district's competencies among {@code ids}, for naming those known from evidence. */
    @WithSession
    public Uni<List<CatalogCompetency>> named(@NotNull String district, @NotNull List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : competencies.listByIds(district, ids);
    }

    /** The district's competency, or null when the read model has none by that id. */
    @WithSession
    public Uni<CatalogCompetency> competency(@NotNull String district, @NotNull UUID id) {
        return competencies.findInDistrict(district, id);
    }

    /** Whether the district has published this framework. */
    @WithSession
    public Uni<Boolean> hasFramework(@NotNull String district, @NotNull UUID id) {
        return frameworks.findInDistrict(district, id).map(f -> f != null);
    }

    /** The scale of the district's framework, lowest level first; empty when the read model lacks it. */
    @WithSession
    public Uni<List<CatalogScaleLevel>> scale(@NotNull String district, @NotNull UUID frameworkId) {
        return levels.listOfFramework(district, frameworkId);
    }

    private static List<CatalogCompetency> competenciesOf(String district, FrameworkPublished snapshot) {
        return snapshot.competencies().stream()
                .map(item -> {
                    CatalogCompetency c = new CatalogCompetency();
                    c.id = item.id();
                    c.frameworkId = snapshot.frameworkId();
                    c.district = district;
                    c.code = item.code();
                    c.statement = item.statement();
                    c.parentId = item.parentId();
                    c.position = item.position();
                    return c;
                })
                .toList();
    }

    private static List<CatalogScaleLevel> levelsOf(FrameworkPublished snapshot) {
        List<FrameworkPublished.Level> given = snapshot.scale().levels();
        return java.util.stream.IntStream.range(0, given.size())
                .mapToObj(i -> {
                    CatalogScaleLevel level = new CatalogScaleLevel();
                    level.id = UUID.randomUUID();
                    level.frameworkId = snapshot.frameworkId();
                    level.position = i;
                    level.code = given.get(i).code();
                    level.label = given.get(i).label();
                    level.score = given.get(i).score();
                    level.proficient = given.get(i).proficient();
                    return level;
                })
                .toList();
    }

    /** Microsecond precision, as PostgreSQL stores it. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
