package org.proficio.competency.search;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import org.proficio.competency.framework.Framework;
import org.proficio.platform.paging.Page;
import org.proficio.platform.problem.ProblemException;

/** Finds competencies of a district by words, code, framework, subject, education level and kind. */
@ApplicationScoped
public class CompetencySearchService {

    private final CompetencySearchRepository repository;

    public CompetencySearchService(CompetencySearchRepository repository) {
        this.repository = repository;
    }

    /**
     * One page of the district's competencies that match, best first. Drafts are searched only for district admins
     * who ask for them ({@code status=DRAFT}); anyone else asking gets a 403.
     */
    @WithSession
    public Uni<Page<CompetencyHit>> search(@NotNull String district, @NotNull CompetencyQuery query, boolean admin) {
        if (!admin && query.status() == Framework.Status.DRAFT) {
            return Uni.createFrom().failure(ProblemException.forbidden("Only district admins search drafts."));
        }
        return repository.search(district, query).map(rows -> {
            boolean more = rows.size() > query.limit();
            var shown = more ? rows.subList(0, query.limit()) : rows;
            String next = more ? shown.get(shown.size() - 1).position().encode() : null;
            return new Page<>(
                    shown.stream().map(CompetencySearchRepository.Row::hit).toList(), next);
        });
    }
}
