package org.proficio.progression.progress;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.catalog.CatalogCompetency;
import org.proficio.platform.persistence.Reading;
import org.proficio.progression.catalog.CatalogService;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryService;
import org.proficio.progression.progress.ProgressViews.CompetencyProgress;
import org.proficio.progression.progress.ProgressViews.CompetencyStatus;
import org.proficio.progression.progress.ProgressViews.LearnerProgress;

/**
 * Reads a learner's progress: the catalog read model says which competencies there are, mastery says where the
 * learner stands. Competencies with evidence but not (yet) in the catalog are listed too, unnamed.
 */
@ApplicationScoped
public class ProgressService {

    private final CatalogService catalog;
    private final MasteryService mastery;

    public ProgressService(CatalogService catalog, MasteryService mastery) {
        this.catalog = catalog;
        this.mastery = mastery;
    }

    /**
     * The learner's status on every competency of the district's published frameworks (NOT_STARTED where there is
     * no evidence), then on any other competency with evidence.
     *
     * @param frameworkId only this framework's competencies; unknown to the district (no catalog entry and no
     *     evidence) is a 404
     */
    @WithSession
    public Uni<LearnerProgress> progress(@NotNull String district, @NotNull String learnerId, UUID frameworkId) {
        return Reading.only()
                .chain(() -> catalog.competencies(district, frameworkId))
                .chain(listed -> mastery.standings(district, learnerId, frameworkId)
                        .chain(standings -> {
                            if (frameworkId != null && listed.isEmpty() && standings.isEmpty()) {
                                return catalog.requireFramework(district, frameworkId)
                                        .replaceWith(List.<CompetencyStatus>of());
                            }
                            return catalog.named(district, unlisted(listed, standings))
                                    .map(names -> merge(listed, standings, names));
                        }))
                .map(statuses -> new LearnerProgress(learnerId, statuses));
    }

    /** The learner's standing on one competency with the scale and the decision history, or null if unknown. */
    @WithSession
    public Uni<CompetencyProgress> competency(
            @NotNull String district, @NotNull String learnerId, @NotNull UUID competencyId) {
        return Reading.only()
                .chain(() -> catalog.competency(district, competencyId))
                .chain(named -> mastery.standing(district, learnerId, competencyId)
                        .chain(standing -> {
                            if (named == null && standing == null) {
                                return Uni.createFrom().nullItem();
                            }
                            UUID frameworkId = named != null ? named.frameworkId : standing.frameworkId;
                            return catalog.scale(district, frameworkId)
                                    .chain(scale -> mastery.history(district, learnerId, competencyId)
                                            .map(history ->
                                                    CompetencyProgress.of(learnerId, named, standing, scale, history)));
                        }));
    }

    /** Competencies the learner has evidence on that the listed catalog part does not name. */
    private static List<UUID> unlisted(List<CatalogCompetency> listed, List<Mastery> standings) {
        Set<UUID> shown = listed.stream().map(c -> c.id).collect(Collectors.toSet());
        return standings.stream()
                .map(m -> m.competencyId)
                .filter(id -> !shown.contains(id))
                .toList();
    }

    /** Catalog order first; then competencies known only from evidence, named where the catalog knows them. */
    private static List<CompetencyStatus> merge(
            List<CatalogCompetency> listed, List<Mastery> standings, List<CatalogCompetency> namedElsewhere) {
        Map<UUID, Mastery> byCompetency =
                standings.stream().collect(Collectors.toMap(m -> m.competencyId, Function.identity()));
        List<CompetencyStatus> statuses = new ArrayList<>();
        Set<UUID> shown = new HashSet<>();
        for (CatalogCompetency competency : listed) {
            statuses.add(CompetencyStatus.of(competency, byCompetency.get(competency.id)));
            shown.add(competency.id);
        }
        Map<UUID, CatalogCompetency> names =
                namedElsewhere.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        for (Mastery standing : standings) {
            if (shown.add(standing.competencyId)) {
                statuses.add(CompetencyStatus.of(names.get(standing.competencyId), standing));
            }
        }
        return statuses;
    }
}
