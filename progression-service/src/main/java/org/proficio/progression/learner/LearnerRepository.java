package org.proficio.progression.learner;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The district's learners. */
@ApplicationScoped
public class LearnerRepository implements PanacheRepositoryBase<Learner, Learner.Key> {

    /** Ids per query: well under PostgreSQL's bind parameter limit, for rosters of any size. */
    static final int IDS_PER_QUERY = 1000;

    /** The learners of the district among {@code learnerIds}, in no particular order. */
    public Uni<List<Learner>> findAll(String district, Collection<String> learnerIds) {
        return inChunks(
                learnerIds,
                ids -> list(
                        "district = :district and learnerId in :ids",
                        Parameters.with("district", district).and("ids", ids)));
    }

    /** A page of the district's learners by learner id, after {@code after} (null: from the first). */
    public Uni<List<Learner>> page(
            String district, String schoolId, Boolean active, Boolean flagged, String after, int rows) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", district);
        if (schoolId != null) {
            query.append(" and schoolId = :school");
            params.and("school", schoolId);
        }
        if (active != null) {
            query.append(" and active = :active");
            params.and("active", active);
        }
        if (flagged != null) {
            query.append(" and flagged = :flagged");
            params.and("flagged", flagged);
        }
        if (after != null) {
            query.append(" and learnerId > :after");
            params.and("after", after);
        }
        return find(query.toString(), Sort.by("learnerId"), params)
                .page(0, rows)
                .list();
    }

    /** Runs a query per chunk of {@link #IDS_PER_QUERY} ids and answers all the rows found. */
    public static <T> Uni<List<T>> inChunks(Collection<String> ids, Function<List<String>, Uni<List<T>>> query) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
        return Multi.createFrom()
                .iterable(chunks)
                .onItem()
                .<List<T>>transformToUniAndConcatenate(query::apply)
                .collect()
                .in(ArrayList::new, List::addAll);
    }
}
